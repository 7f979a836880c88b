import { useValue } from '@tldraw/tldraw'
import { uniqueId } from '@tldraw/utils'
import { useTranslation } from 'react-i18next'
import { createFollowRequest } from '../../shared/meeting/follow'
import { MEETING_FOLLOW_KEY } from '../../shared/meeting/meetingLayout'
import { useBoardContext } from '../board/BoardContext'
import { $currentUser } from '../user/currentUser'
import { serverNow } from './serverClock'
import { useFollowRequestValue } from './useFollowRequestValue'
import { writeMeetingAsFacilitator } from './writeMeetingAsFacilitator'

/** The facilitator's "everyone follow me" switch (a new request each time it is turned on). */
export function FollowMeButton() {
	const { t } = useTranslation()
	const { doc, role } = useBoardContext()
	const request = useFollowRequestValue()
	const me = useValue('me', () => $currentUser.get(), [])
	if (!me) return null
	const mine = request?.userId === me.id
	return (
		<button
			type="button"
			className={`nd-button nd-follow-me${mine ? ' nd-button--on' : ' nd-button--primary'}`}
			aria-pressed={mine}
			title={mine ? t('meeting.endFollowHint') : t('meeting.followMeHint')}
			data-testid="follow-me"
			onClick={() =>
				writeMeetingAsFacilitator(
					doc,
					role,
					MEETING_FOLLOW_KEY,
					mine ? null : createFollowRequest(uniqueId(), me.id, me.name, serverNow()),
				)
			}
		>
			{mine ? t('meeting.endFollow') : t('meeting.followMe')}
		</button>
	)
}
