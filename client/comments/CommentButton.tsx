import { stopEventPropagation, useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { isCardKind } from '../../shared/domain/cardProps'
import { useBoardContext } from '../board/BoardContext'
import { detailsButtonPosition } from '../board/detailsButtonPosition'
import { useNarrowScreen } from '../board/useNarrowScreen'
import { CommentIcon } from './CommentIcon'
import { COMMENT_BUTTON_WIDTH, commentButtonPosition } from './commentButtonPosition'
import { commentCountOf } from './commentsStore'

/**
 * 评论 under the one selected card or link: opens its threads. On a phone it sits beside the
 * card's 详情 button; hidden while a panel or sheet is open.
 */
export function CommentButton({ onOpen }: { onOpen(shapeId: string): void }) {
	const { t } = useTranslation()
	const editor = useEditor()
	const narrow = useNarrowScreen()
	const { panel } = useBoardContext()
	const selected = useValue('commentable selection', () => {
		const only = editor.getOnlySelectedShape()
		if (!only || !(isCardKind(only.type) || only.type === 'arrow')) return null
		return { id: only.id as string, card: isCardKind(only.type) }
	}, [editor])
	const count = useValue('selection comment count', () => (selected ? commentCountOf(selected.id) : 0), [selected])
	const position = useValue('comment button position', () => {
		if (!selected || editor.getEditingShapeId() !== null || editor.isIn('select.translating')) return null
		const bounds = editor.getSelectionScreenBounds()
		const screen = editor.getViewportScreenBounds()
		if (!bounds) return null
		const bar = document.querySelector('.nd-topbar')?.getBoundingClientRect().bottom ?? 56
		const toolbar = document.querySelector('.tlui-layout__bottom')?.getBoundingClientRect().top ?? screen.h - 120
		const at = detailsButtonPosition(
			{ x: bounds.x - screen.x, y: bounds.y - screen.y, w: bounds.w, h: bounds.h },
			{ w: screen.w, top: bar, bottom: toolbar },
		)
		// On a phone a card's 详情 button is there already: go beside it.
		return commentButtonPosition(at, screen.w, narrow && selected.card)
	}, [editor, selected, narrow])
	if (!selected || !position || panel !== null) return null
	return (
		<button
			type="button"
			className="nd-button nd-comment-button"
			style={{ left: position.x, top: position.y, width: COMMENT_BUTTON_WIDTH }}
			title={t('comments.onSelectionHint')}
			data-testid="comment-open-selection"
			onPointerDown={stopEventPropagation}
			onClick={() => onOpen(selected.id)}
		>
			<CommentIcon /> {t('comments.onSelection')}
			{count > 0 && <span className="nd-comment-button__count"> {count}</span>}
		</button>
	)
}
