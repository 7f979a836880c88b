import type { Editor, TLShapeId } from '@tldraw/tldraw'

/** The first field of the inspector showing card `id`, once it is drawn: a keyboard user edits the card they just added. */
export function focusInspectorSoon(editor: Editor, id: TLShapeId, tries = 20): void {
	const doc = editor.getContainer().ownerDocument
	const win = doc.defaultView
	if (!win) return
	const attempt = (left: number) => {
		const prefix = `nd-field-${CSS.escape(id)}-`
		const field = doc.querySelector<HTMLElement>(
			['input', 'textarea', 'select']
				.map((tag) => `[data-testid="inspector"] ${tag}[id^="${prefix}"]:not([disabled]):not([readonly])`)
				.join(', '),
		)
		if (field) field.focus()
		else if (left > 0) win.requestAnimationFrame(() => attempt(left - 1))
	}
	win.requestAnimationFrame(() => attempt(tries))
}
