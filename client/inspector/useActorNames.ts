import { useEditor, useValue } from '@tldraw/tldraw'

/** The titles of the board's actor cards, sorted, for 提供方 / 牵头方 / 合作方 suggestions. */
export function useActorNames(): string[] {
	const editor = useEditor()
	return useValue('actor names', () => {
		const names = new Set<string>()
		for (const shape of editor.getCurrentPageShapes()) {
			if (shape.type === 'actor') {
				const title = (shape.props as { title: string }).title.trim()
				if (title) names.add(title)
			}
		}
		return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'))
	}, [editor])
}
