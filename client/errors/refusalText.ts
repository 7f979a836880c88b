import type { TFunction } from 'i18next'
import { ApiError } from '../api/apiClient'
import { type Refusal, refusalKeys, refusalOfRest } from './refusal'

/** The refusal of anything a REST call threw (a fetch that never answered is `network`). */
export function refusalOfError(err: unknown): Refusal {
	return err instanceof ApiError ? refusalOfRest(err.status, err.code) : refusalOfRest(0, 'network')
}

/** One line for a banner: what happened, then what to do — in the chosen language, never the server's English. */
export function refusalLine(refusal: Refusal, t: TFunction): string {
	const keys = refusalKeys(refusal.kind)
	return t('refusal.line', { title: t(keys.title), hint: t(keys.hint) })
}

/** `refusalLine` of anything a REST call threw. */
export function apiErrorText(err: unknown, t: TFunction): string {
	return refusalLine(refusalOfError(err), t)
}
