import { useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import type { CommentTarget } from '../../shared/comments/commentsLayout'
import { placeOfShape, titleOfShape } from './placeOfShape'

/** Where a thread is, in words: 需求「…」, 连线「… → …」, 画布上的一点, or （卡片已删除）. */
export function usePlaceLabel(target: CommentTarget): string {
	const editor = useEditor()
	const { t } = useTranslation()
	const place = useValue(
		'comment place',
		() =>
			target.type === 'shape'
				? { kind: placeOfShape(editor, target.shapeId), title: titleOfShape(editor, target.shapeId) }
				: null,
		[editor, target],
	)
	if (!place) return t('comments.placePoint')
	if (place.kind === null) return t('comments.placeDeleted')
	const title = place.title || t('comments.untitled')
	if (place.kind === 'link') return t('comments.placeLink', { title })
	return t('comments.placeCard', { kind: t(`cards.kind.${place.kind}`), title })
}
