import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'
import { MinutesDownloads } from './MinutesDownloads'
import { $meetings } from './minutesStore'

/** After 结束会议: the version saved, and 下载会议纪要 as Word or Markdown. */
export function EndedDialog({ meetingId, version, onClose }: { meetingId: string; version: string; onClose(): void }) {
	const { t } = useTranslation()
	const { board } = useBoardContext()
	const meeting = useValue('ended meeting', () => $meetings.get().find((m) => m.id === meetingId) ?? null, [meetingId])
	return (
		<div
			className="nd-modal"
			role="dialog"
			aria-modal="true"
			aria-labelledby="nd-ended-title"
			onKeyDown={(e) => {
				if (e.key === 'Escape') onClose()
			}}
		>
			<div className="nd-modal__card" data-testid="meeting-ended">
				<h2 id="nd-ended-title">{t('minutes.endedTitle')}</h2>
				<p>{t('minutes.endedMessage', { version })}</p>
				<MinutesDownloads boardId={board.id} meetingId={meetingId} title={meeting?.title ?? version} />
				<div className="nd-modal__actions">
					<button
						type="button"
						className="nd-button nd-button--primary"
						data-testid="meeting-ended-close"
						onClick={onClose}
					>
						{t('minutes.dismiss')}
					</button>
				</div>
			</div>
		</div>
	)
}
