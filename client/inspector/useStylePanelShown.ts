import { useEditor, useValue } from '@tldraw/tldraw'
import { stylePanelShown } from './stylePanelShown'

/** Whether tldraw's style panel shows now (see stylePanelShown). */
export function useStylePanelShown(): boolean {
	const editor = useEditor()
	return useValue(
		'style panel shown',
		() =>
			stylePanelShown(
				editor.getCurrentToolId(),
				editor.getSelectedShapes().map((shape) => shape.type),
			),
		[editor],
	)
}
