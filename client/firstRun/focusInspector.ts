import type { Editor, TLShapeId } from '@tldraw/tldraw'

/** The first field of the inspector showing card `id`, once it is drawn: a keyboard user edits the card they just added. */
export function focusInspectorSoon(editor: Editor, id: TLShapeId, tries = 20): void {
	const doc = editor.getContainer().ownerDocument
	const win = doc.defaultView
	if (!win) return
	const attempt = (left: number) => {
		const field = doc.querySelector<HTMLElement>(
			`[data-testid="inspector"] [id^="nd-field-${CSS.escape(id)}-"]:not([disabled])`,
		)
		if (field) field.focus()
		else if (left > 0) win.requestAnimationFrame(() => attempt(left - 1))
	}
	win.requestAnimationFrame(() => attempt(tries))
}
