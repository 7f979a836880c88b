import type { TFunction } from 'i18next'
import { ApiError } from '../api/apiClient'
import { apiErrorText } from '../errors/refusalText'

/** What went wrong with a 签到 or a minutes download, in the chosen language: the meeting's own refusals, else the app's. */
export function minutesErrorText(err: unknown, t: TFunction): string {
	if (err instanceof ApiError && err.code === 'meeting_not_open') return t('minutes.errorNotOpen')
	if (err instanceof ApiError && err.code === 'meeting_not_found') return t('minutes.errorNotFound')
	return apiErrorText(err, t)
}
