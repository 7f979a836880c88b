import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { CommentIcon } from './CommentIcon'
import { commentCountOf } from './commentsStore'

/** A card's open comments, "💬 2", in the card's bottom row (never over its title); nothing when none. */
export function CommentBadge({ shapeId }: { shapeId: string }) {
	const { t } = useTranslation()
	const count = useValue('comment badge', () => commentCountOf(shapeId), [shapeId])
	if (count === 0) return null
	const label = t('comments.badge', { count })
	return (
		<span
			className="nd-comment-badge"
			data-testid="comment-badge"
			data-count={count}
			role="img"
			aria-label={label}
			title={label}
		>
			<CommentIcon size={12} /> {count}
		</span>
	)
}
