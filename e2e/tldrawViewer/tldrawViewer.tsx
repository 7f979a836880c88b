import { type Editor, parseTldrawJsonFile, Tldraw } from '@tldraw/tldraw'
import { createRoot } from 'react-dom/client'

/**
 * tldraw's own editor with nothing but its default shapes, as tldraw.com opens files —
 * bundled by e2e/tldrawFile.spec.ts to open Niudai's .tldr export in a real browser.
 */
declare global {
	interface Window {
		/** Opens a .tldr file's text as tldraw's "open file" does; 'ok', or why tldraw refused it. */
		openTldr?(json: string): string
		tldrawEditor?: Editor
	}
}

function openTldr(editor: Editor, json: string): string {
	const parsed = parseTldrawJsonFile({ schema: editor.store.schema, json })
	if (!parsed.ok) {
		const cause = 'cause' in parsed.error ? String(parsed.error.cause) : ''
		return `${parsed.error.type} ${cause}`.trim()
	}
	editor.loadSnapshot(parsed.value.getStoreSnapshot())
	editor.clearHistory()
	editor.zoomToFit({ immediate: true })
	return 'ok'
}

const root = document.getElementById('root')
if (!root) throw new Error('no #root')
createRoot(root).render(
	<div style={{ position: 'fixed', inset: 0 }}>
		<Tldraw
			onMount={(editor) => {
				window.tldrawEditor = editor
				window.openTldr = (json) => openTldr(editor, json)
			}}
		/>
	</div>,
)
