import { useEditor, useValue } from '@tldraw/tldraw'
import { useMemo } from 'react'
import { isCardKind } from '../../shared/domain/cardProps'
import type { CardChoice } from './searchCards'

/** The board's cards (every page; only `kind` when given) as picker choices, by title. */
export function useCardChoices(kind?: string): CardChoice[] {
	const editor = useEditor()
	const shapes = useMemo(() => editor.store.query.records('shape'), [editor])
	return useValue(
		'card choices',
		() =>
			shapes
				.get()
				.filter((s) => isCardKind(s.type) && (!kind || s.type === kind))
				.map((s) => ({ id: s.id as string, kind: s.type, title: String((s.props as { title?: unknown }).title ?? '') }))
				.sort((a, b) => a.title.localeCompare(b.title, 'zh')),
		[shapes, kind],
	)
}
