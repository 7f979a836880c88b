import { useEditor, useValue } from '@tldraw/tldraw'
import { useMemo } from 'react'
import { actorNamesForRole, type BoardActor } from './actorNamesForRole'

/** The titles of the board's actor cards, sorted, for 提供方 / 牵头方 / 合作方 suggestions. */
export function useActorNames(): string[] {
	const actors = useBoardActors()
	return useMemo(() => actorNamesForRole(actors, null), [actors])
}

/** The board's actor cards (title and dispatch roles), live; the same array while they do not change. */
export function useBoardActors(): BoardActor[] {
	const editor = useEditor()
	// A string, so moving a card or editing other cards re-renders nothing.
	const json = useValue('board actors', () => {
		const out: BoardActor[] = []
		for (const shape of editor.getCurrentPageShapes()) {
			if (shape.type !== 'actor') continue
			const props = shape.props as { title: string; roles?: unknown }
			const name = props.title.trim()
			if (name) out.push({ name, roles: Array.isArray(props.roles) ? (props.roles as string[]) : [] })
		}
		return JSON.stringify(out)
	}, [editor])
	return useMemo(() => JSON.parse(json) as BoardActor[], [json])
}
