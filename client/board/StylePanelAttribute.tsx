import { useEditor } from '@tldraw/tldraw'
import { useEffect } from 'react'
import { useStylePanelShown } from '../inspector/useStylePanelShown'

/**
 * Marks the board element with `data-styles="shown"` or `"hidden"`, so tldraw's phone style
 * button (drawn inside its toolbar) shows only when its panel has something to style.
 */
export function StylePanelAttribute() {
	const editor = useEditor()
	const shown = useStylePanelShown()
	useEffect(() => {
		const board = editor.getContainer().closest<HTMLElement>('.nd-board')
		if (board) board.dataset.styles = shown ? 'shown' : 'hidden'
	}, [editor, shown])
	return null
}
