import { useEditor, useValue } from '@tldraw/tldraw'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../app/ConfirmDialog'
import { useBoardContext } from '../board/BoardContext'
import { apiErrorText } from '../errors/refusalText'
import { useNeedTitles } from '../vote/useNeedTitles'
import { endVote } from '../vote/voteActions'
import { $voteTally } from '../vote/voteStore'
import { endMeeting } from './meetingActions'
import { meetingSummary } from './meetingSummary'
import { $attendance, $minutesItems, $openMeeting } from './minutesStore'
import { $minutesDialog } from './minutesUi'

/**
 * 结束会议 (facilitator): a confirmation with what was recorded (N 人出席, N 项决议, N 项待办);
 * ending saves the version "<title>（会议结束）", closes the meeting and offers the downloads.
 * A vote still open is ended first (as 结束投票 does), so its result is in the minutes.
 */
export function EndMeetingDialog() {
	const { t } = useTranslation()
	const editor = useEditor()
	const { board, doc } = useBoardContext()
	const tally = useValue('vote tally', () => $voteTally.get(), [])
	const openVote = tally?.session.status === 'open' ? tally : null
	const voteTitles = useNeedTitles(openVote?.counts)
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
			message={
				openVote
					? `${t('minutes.endMessage', { ...summary, version })} ${t('minutes.endClosesVote', { count: openVote.voters })}`
					: t('minutes.endMessage', { ...summary, version })
			}
			confirmLabel={busy ? t('minutes.busy') : t('minutes.endConfirm')}
			cancelLabel={t('minutes.cancel')}
			danger
			busy={busy}
			error={error}
			onCancel={() => $minutesDialog.set(null)}
			onConfirm={() => {
				setBusy(true)
				setError(null)
				if (openVote) endVote(editor, doc, openVote.session, openVote, voteTitles)
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
