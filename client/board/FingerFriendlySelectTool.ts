import {
	SelectTool,
	StateNode,
	type TLPointerEventInfo,
	type TLShapeId,
	type TLStateNodeConstructor,
	Vec,
} from '@tldraw/tldraw'
import { isFingerGesture } from './touchPointer'

/** One of tldraw's select tool states by id (they are not exported), to extend it. */
function selectChild(id: string): typeof StateNode {
	const found = SelectTool.children().find((child) => child.id === id)
	if (!found) throw new Error(`tldraw's select tool has no '${id}' state`)
	return found as unknown as typeof StateNode
}

const PointingCanvas = selectChild('pointing_canvas')
const PointingShape = selectChild('pointing_shape')

/** True when this pointer event is a finger on a touch screen (not a mouse, not a pen). */
function isFinger(info: TLPointerEventInfo): boolean {
	return !info.isPen && isFingerGesture()
}

/**
 * A finger dragging the canvas moves the camera with it, as the hand tool does; on release
 * the board glides on a little. A second finger (a pinch) hands over to tldraw.
 */
class FingerPanning extends StateNode {
	static override id = 'finger_panning'
	private initialCamera = new Vec()

	override onEnter() {
		this.initialCamera = Vec.From(this.editor.getCamera())
		this.update()
	}

	override onPointerMove() {
		this.update()
	}

	override onPointerDown() {
		this.parent.transition('idle')
	}

	override onPointerUp() {
		const velocity = this.editor.inputs.getPointerVelocity()
		const speed = Math.min(velocity.len(), 2)
		if (speed > 0.1) this.editor.slideCamera({ speed, direction: { x: velocity.x, y: velocity.y, z: 0 } })
		this.parent.transition('idle')
	}

	override onInterrupt() {
		this.parent.transition('idle')
	}

	override onCancel() {
		this.parent.transition('idle')
	}

	private update() {
		const { editor } = this
		if (editor.getCameraOptions().isLocked) return
		const delta = Vec.Sub(editor.inputs.getCurrentScreenPoint(), editor.inputs.getOriginScreenPoint()).div(
			editor.getZoomLevel(),
		)
		if (delta.len2() === 0) return
		editor.setCamera(this.initialCamera.clone().add(delta))
	}
}

/**
 * A finger on empty canvas: a drag pans (instead of drawing a selection box), a tap clears
 * the selection, a long press starts the selection box. A mouse or a pen works as in tldraw.
 */
class FingerPointingCanvas extends PointingCanvas {
	private finger = false

	override onEnter(info: TLPointerEventInfo, from: string) {
		this.finger = isFinger(info)
		// A finger decides on release: panning keeps the selection (its details stay open).
		if (!this.finger) super.onEnter?.(info, from)
	}

	override onPointerMove(info: TLPointerEventInfo) {
		if (this.finger && this.editor.inputs.getIsDragging()) {
			this.parent.transition(FingerPanning.id, info)
			return
		}
		super.onPointerMove?.(info)
	}

	override onPointerUp(info: TLPointerEventInfo) {
		if (this.finger && this.editor.getSelectedShapeIds().length > 0) {
			this.editor.markHistoryStoppingPoint('selecting none')
			this.editor.selectNone()
		}
		super.onPointerUp?.(info)
	}

	override onLongPress(info: TLPointerEventInfo) {
		if (!this.finger) return
		this.editor.selectNone()
		this.parent.transition('brushing', info)
	}
}

/**
 * A finger on a shape that is not selected: a tap selects it, a drag pans the board (a
 * phone full of cards still scrolls), a long press picks the shape up to move it. A shape
 * already selected moves with the finger, as in tldraw.
 */
class FingerPointingShape extends PointingShape {
	private panOnDrag = false
	private selectionBefore: TLShapeId[] = []

	override onEnter(info: TLPointerEventInfo & { target: 'shape' }, from: string) {
		const before = this.editor.getSelectedShapeIds()
		const outermost = this.editor.getOutermostSelectableShape(info.shape)
		this.panOnDrag = isFinger(info) && !before.includes(outermost.id)
		this.selectionBefore = [...before]
		super.onEnter?.(info, from)
	}

	override onPointerMove(info: TLPointerEventInfo) {
		if (this.panOnDrag && this.editor.inputs.getIsDragging()) {
			this.editor.setSelectedShapes(this.selectionBefore)
			this.parent.transition(FingerPanning.id, info)
			return
		}
		super.onPointerMove?.(info)
	}
}

const replaced: Record<string, TLStateNodeConstructor> = {
	[PointingCanvas.id]: FingerPointingCanvas as unknown as TLStateNodeConstructor,
	[PointingShape.id]: FingerPointingShape as unknown as TLStateNodeConstructor,
}

/** tldraw's select tool where one finger pans the board (see the states above). */
export class FingerFriendlySelectTool extends SelectTool {
	static override children(): TLStateNodeConstructor[] {
		return [...SelectTool.children().map((child) => replaced[child.id] ?? child), FingerPanning]
	}
}
