import { useTranslation } from 'react-i18next'
import { MEETING_FOLLOW_KEY } from '../../shared/meeting/meetingLayout'
import { useBoardContext } from '../board/BoardContext'
import { useFollowFacilitator } from './useFollowFacilitator'
import { writeMeetingAsFacilitator } from './writeMeetingAsFacilitator'

/**
 * The banner of a follow request: "following facilitator X's view" with a stop button
 * for everyone else ("follow again" once stopped); for the facilitator who asked, how
 * many follow and a button to end it. `folded`: the short version in the top bar while a
 * phone's bottom sheet is open (the same one control).
 */
export function FollowBanner({ folded = false }: { folded?: boolean }) {
	const { t } = useTranslation()
	const { doc, role } = useBoardContext()
	const follow = useFollowFacilitator()
	if (!follow) return null
	const { request, mode, followers } = follow
	const name = request.name || t('meeting.unnamed')
	const text = folded
		? t(`boardLayout.folded.${mode}`)
		: mode === 'leading'
			? followers > 0
				? t('meeting.leadingCount', { count: followers })
				: t('meeting.leading')
			: mode === 'following'
				? t('meeting.followingHost', { name })
				: mode === 'waiting'
					? t('meeting.waitingForHost', { name })
					: t('meeting.stoppedFollowing', { name })
	return (
		<div
			className={`nd-follow-banner nd-follow-banner--${mode}${folded ? ' nd-follow-banner--folded' : ''}`}
			data-testid="follow-banner"
			data-mode={mode}
		>
			<span className="nd-follow-banner__eye" aria-hidden="true" />
			<span className="nd-follow-banner__text" role="status">
				{text}
			</span>
			{mode === 'leading' ? (
				<button
					type="button"
					className="nd-follow-banner__button"
					data-testid="follow-banner-end"
					onClick={() => writeMeetingAsFacilitator(doc, role, MEETING_FOLLOW_KEY, null)}
				>
					{t('meeting.endFollow')}
				</button>
			) : mode === 'stopped' ? (
				<button
					type="button"
					className="nd-follow-banner__button"
					data-testid="follow-again"
					onClick={follow.followAgain}
				>
					{t('meeting.followAgain')}
				</button>
			) : (
				<button type="button" className="nd-follow-banner__button" data-testid="stop-following" onClick={follow.stop}>
					{t('meeting.stopFollowing')}
				</button>
			)}
		</div>
	)
}
