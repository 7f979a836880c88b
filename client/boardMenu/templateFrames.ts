import type { Editor, TLShape } from '@tldraw/tldraw'
import { readLaneMeta } from '../../shared/templates/laneMeta'

/** The frames on the current page that a template made. */
export function templateFrames(editor: Editor): TLShape[] {
	return editor.getCurrentPageShapes().filter((s) => s.type === 'frame' && readLaneMeta(s.meta) !== null)
}

/** Locks or unlocks every template frame on the current page, as one undoable change. */
export function setTemplateFramesLocked(editor: Editor, locked: boolean): void {
	const frames = templateFrames(editor).filter((f) => f.isLocked !== locked)
	if (frames.length === 0) return
	editor.markHistoryStoppingPoint(locked ? 'lock template frames' : 'unlock template frames')
	editor.updateShapes(frames.map((f) => ({ id: f.id, type: f.type, isLocked: locked })))
}
