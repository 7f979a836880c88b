import { type TLShapeId, useEditor, useValue } from '@tldraw/tldraw'
import { useMemo } from 'react'

/**
 * The titles of the need cards in `ids` (the keys of a tally), live. Only re-renders when
 * a title changes, not when a card moves.
 */
export function useNeedTitles(ids: ReadonlyMap<string, unknown> | undefined): ReadonlyMap<string, string> {
	const editor = useEditor()
	const json = useValue(
		'vote need titles',
		() =>
			JSON.stringify(
				[...(ids?.keys() ?? [])].map((id) => {
					const shape = editor.getShape(id as TLShapeId)
					return [id, ((shape?.props as { title?: string } | undefined)?.title ?? '').trim()]
				}),
			),
		[editor, ids],
	)
	return useMemo(() => new Map(JSON.parse(json) as [string, string][]), [json])
}
