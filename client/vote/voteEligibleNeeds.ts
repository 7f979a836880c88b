import type { Editor, TLShape } from '@tldraw/tldraw'
import type { VoteSession } from '../../shared/meeting/meetingLayout'
import { eligibleNeedIds, type NeedPlacement, type VoteFrame } from '../../shared/meeting/voteEligibility'

function frameOf(editor: Editor, frameId: string | null): VoteFrame | null {
	if (!frameId) return null
	const frame = editor.getShape(frameId as TLShape['id'])
	const pageId = frame && editor.getAncestorPageId(frame)
	const bounds = frame && editor.getShapePageBounds(frame)
	return frame && pageId && bounds ? { pageId, bounds: { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h } } : null
}

/**
 * The needs that may receive dots in `session`, read reactively from the editor (call
 * inside a tldraw `react`/`computed`): every need card, or those whose centre is inside
 * the vote's frame (the whole board again if that frame was deleted).
 */
export function editorEligibleNeedIds(editor: Editor, needs: readonly TLShape[], session: VoteSession): Set<string> {
	const frame = frameOf(editor, session.frameId)
	const placements: NeedPlacement[] = needs.map((shape) => {
		if (!frame) return { id: shape.id, pageId: '', bounds: null }
		const b = editor.getShapePageBounds(shape)
		return {
			id: shape.id,
			pageId: editor.getAncestorPageId(shape) ?? '',
			bounds: b ? { x: b.x, y: b.y, w: b.w, h: b.h } : null,
		}
	})
	return eligibleNeedIds(placements, frame)
}

/** The frames a vote can be limited to, with their name and their parent frame's (lanes live in stages). */
export function voteFrameOptions(editor: Editor): { id: string; label: string }[] {
	const frames = editor.getCurrentPageShapes().filter((s) => s.type === 'frame')
	const nameOf = (s: TLShape) => ((s.props as { name?: string }).name ?? '').trim()
	return frames.map((f) => {
		const parent = editor.getShape(f.parentId as TLShape['id'])
		const own = nameOf(f)
		const parentName = parent?.type === 'frame' ? nameOf(parent) : ''
		return { id: f.id, label: parentName && own ? `${parentName} › ${own}` : own }
	})
}
