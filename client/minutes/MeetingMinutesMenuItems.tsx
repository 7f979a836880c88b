import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'
import { $openMeeting } from './minutesStore'
import { $minutesDialog } from './minutesUi'

/** The facilitator's 会议 menu entries for the record: 开始会议…, or 会议纪要 and 结束会议… while one runs. */
export function MeetingMinutesMenuItems({ onChosen }: { onChosen(): void }) {
	const { t } = useTranslation()
	const { setPanel } = useBoardContext()
	const meeting = useValue('open meeting', () => $openMeeting.get(), [])
	// The panel opens too (behind a dialog): it shows the meeting, and opening it closes 更多 on a phone.
	const choose = (run: () => void) => () => {
		onChosen()
		setPanel('minutes')
		run()
	}
	if (!meeting)
		return (
			<button
				type="button"
				className="nd-button nd-button--primary nd-minutes-menu"
				data-testid="meeting-start-open"
				onClick={choose(() => $minutesDialog.set({ kind: 'start' }))}
			>
				{t('minutes.start')}
			</button>
		)
	return (
		<div className="nd-minutes-menu">
			<button type="button" className="nd-button" data-testid="meeting-minutes-open" onClick={choose(() => {})}>
				{t('minutes.open')}
			</button>
			<button
				type="button"
				className="nd-button nd-button--danger"
				data-testid="meeting-end-open"
				onClick={choose(() => $minutesDialog.set({ kind: 'end' }))}
			>
				{t('minutes.end')}
			</button>
		</div>
	)
}
