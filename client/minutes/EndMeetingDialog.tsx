import { useValue } from '@tldraw/tldraw'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../app/ConfirmDialog'
import { useBoardContext } from '../board/BoardContext'
import { apiErrorText } from '../errors/refusalText'
import { endMeeting } from './meetingActions'
import { meetingSummary } from './meetingSummary'
import { $attendance, $minutesItems, $openMeeting } from './minutesStore'
import { $minutesDialog } from './minutesUi'

/**
 * 结束会议 (facilitator): a confirmation with what was recorded (N 人出席, N 项决议, N 项待办);
 * ending saves the version "<title>（会议结束）", closes the meeting and offers the downloads.
 */
export function EndMeetingDialog() {
	const { t } = useTranslation()
	const { board, doc } = useBoardContext()
	const meeting = useValue('open meeting', () => $openMeeting.get(), [])
	const summary = useValue(
		'meeting summary',
		() => (meeting ? meetingSummary(meeting.id, $attendance.get(), $minutesItems.get()) : null),
		[meeting],
	)
	const [busy, setBusy] = useState(false)
	const [error, setError] = useState<string | null>(null)
	if (!meeting || !summary || !doc) return null
	const version = t('minutes.versionName', { title: meeting.title })
	return (
		<ConfirmDialog
			testId="end-meeting-confirm"
			title={t('minutes.endTitle')}
			message={t('minutes.endMessage', { ...summary, version })}
			confirmLabel={busy ? t('minutes.busy') : t('minutes.endConfirm')}
			cancelLabel={t('minutes.cancel')}
			danger
			busy={busy}
			error={error}
			onCancel={() => $minutesDialog.set(null)}
			onConfirm={() => {
				setBusy(true)
				setError(null)
				endMeeting(doc, board.id, meeting, version).then(
					() => $minutesDialog.set({ kind: 'ended', meetingId: meeting.id, version }),
					(err: unknown) => {
						setBusy(false)
						setError(t('minutes.endFailed', { message: apiErrorText(err, t) }))
					},
				)
			}}
		/>
	)
}
