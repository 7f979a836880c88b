import { useTranslation } from 'react-i18next'
import type { ActivityEntry } from '../../shared/activity/activityTypes'
import { activitySentence } from './activitySentence'
import { actorText } from './actorText'
import { fullWhenText } from './whenText'

const pad = (n: number) => String(n).padStart(2, '0')

/** One line of the log: the time, who (name with link label and role), what happened; a button when its card is still there. */
export function ActivityEntryItem({ entry, onGoTo }: { entry: ActivityEntry; onGoTo?(): void }) {
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	// Merged edits show when the last of them was made; a creation (with the edits folded into it) when it was made.
	const at = entry.kind.endsWith('_edited') ? (entry.lastAt ?? entry.at) : entry.at
	const d = new Date(at)
	const body = (
		<>
			<time className="nd-activity__time" dateTime={d.toISOString()} title={fullWhenText(at, t)}>
				{pad(d.getHours())}:{pad(d.getMinutes())}
			</time>
			<span className="nd-activity__text">
				<span className="nd-activity__who" title={t('activity.note')}>
					{actorText(entry.actor, t)}
				</span>{' '}
				<span className="nd-activity__what">{activitySentence(entry, lang, t)}</span>
			</span>
		</>
	)
	return (
		<li className="nd-activity__entry" data-testid="activity-entry" data-kind={entry.kind}>
			{onGoTo ? (
				<button type="button" className="nd-activity__go" title={t('activity.goTo')} onClick={onGoTo}>
					{body}
				</button>
			) : (
				<div className="nd-activity__go nd-activity__go--gone">{body}</div>
			)}
		</li>
	)
}
