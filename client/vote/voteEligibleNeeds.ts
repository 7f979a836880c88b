import type { Editor, TLShape } from '@tldraw/tldraw'
import type { VoteSession } from '../../shared/meeting/meetingLayout'
import { eligibleNeedIds, type NeedPlacement, type VoteFrame } from '../../shared/meeting/voteEligibility'
import { type VoteFrameChoice, type VoteFrameInfo, voteFrameChoices } from '../../shared/meeting/voteFrameChoices'
import { readLaneMeta } from '../../shared/templates/laneMeta'

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

/**
 * The frames a vote can be limited to (投票范围), in board order, only those that can hold
 * needs, labelled with their parent frame's name (lanes live in stages): see voteFrameChoices.
 * An unnamed frame is called `untitled`.
 */
export function voteFrameOptions(editor: Editor, untitled: string): VoteFrameChoice[] {
	const shapes = editor.getCurrentPageShapes()
	const frames = shapes.filter((s) => s.type === 'frame')
	const needs = shapes.filter((s) => s.type === 'need')
	const pageId = editor.getCurrentPageId()
	const placements: NeedPlacement[] = needs.map((shape) => {
		const b = editor.getShapePageBounds(shape)
		return { id: shape.id, pageId, bounds: b ? { x: b.x, y: b.y, w: b.w, h: b.h } : null }
	})
	const infos: VoteFrameInfo[] = frames.map((f) => {
		const parent = editor.getShape(f.parentId as TLShape['id'])
		const b = editor.getShapePageBounds(f)
		const bounds = b ? { x: b.x, y: b.y, w: b.w, h: b.h } : null
		return {
			id: f.id,
			parentFrameId: parent?.type === 'frame' ? parent.id : null,
			name: ((f.props as { name?: string }).name ?? '').trim(),
			x: bounds?.x ?? f.x,
			y: bounds?.y ?? f.y,
			lane: readLaneMeta(f.meta),
			holdsNeedNow: bounds !== null && eligibleNeedIds(placements, { pageId, bounds }).size > 0,
		}
	})
	return voteFrameChoices(infos, untitled)
}
