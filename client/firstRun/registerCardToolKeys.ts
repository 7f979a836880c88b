import type { Editor } from '@tldraw/tldraw'
import { isCardKind } from '../../shared/domain/cardProps'
import { createCardAt } from './createCardInLane'
import { focusInspectorSoon } from './focusInspector'

/**
 * Enter on a card tool's toolbar button (需求 (1) …) adds that card — a keyboard user's
 * click on the canvas (WCAG 2.1.1): in the middle of the view, inside the lane there,
 * with the focus in its first field. A mouse click, or Space, only chooses the tool.
 */
export function registerCardToolKeys(editor: Editor): () => void {
	const container = editor.getContainer()
	const onKeyDown = (event: KeyboardEvent) => {
		if (event.key !== 'Enter' || event.repeat || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
			return
		const button = (event.target as Element | null)?.closest?.('button[data-value]')
		const kind = button?.getAttribute('data-value')
		if (!kind || !isCardKind(kind) || !button?.closest('.tlui-main-toolbar, .tlui-toolbar')) return
		if (editor.getIsReadonly()) return
		event.preventDefault()
		event.stopPropagation()
		const id = createCardAt(editor, kind, null)
		focusInspectorSoon(editor, id)
	}
	container.addEventListener('keydown', onKeyDown, true)
	return () => container.removeEventListener('keydown', onKeyDown, true)
}
