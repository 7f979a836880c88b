import { useTranslation } from 'react-i18next'
import { MEETING_VIEWER_COMMENTS_KEY } from '../../shared/comments/commentsLayout'
import { useBoardContext } from '../board/BoardContext'
import { writeMeetingAsFacilitator } from '../meeting/writeMeetingAsFacilitator'
import { useViewersMayComment } from './useCanComment'

/** In 分享, for the facilitator: 允许只读成员评论 (the meeting map's viewerComments key, live for everyone). */
export function ViewerCommentsToggle() {
	const { t } = useTranslation()
	const { doc, role } = useBoardContext()
	const allowed = useViewersMayComment()
	if (role !== 'facilitator') return null
	return (
		<label className="nd-comments-toggle">
			<input
				type="checkbox"
				checked={allowed}
				data-testid="viewer-comments-toggle"
				onChange={(e) =>
					writeMeetingAsFacilitator(doc, role, MEETING_VIEWER_COMMENTS_KEY, e.target.checked ? true : null)
				}
			/>
			<span>
				{t('comments.viewerToggle')}
				<span className="nd-muted nd-comments-toggle__hint">{t('comments.viewerToggleHint')}</span>
			</span>
		</label>
	)
}
