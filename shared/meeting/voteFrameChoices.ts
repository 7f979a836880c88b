import type { LaneMeta } from '../templates/laneMeta'

/** What choosing a vote's scope needs to know of one frame on the page. */
export interface VoteFrameInfo {
	id: string
	/** The frame it sits in, or null at the page's top level (or in a shape that is not a frame). */
	parentFrameId: string | null
	name: string
	/** Top-left corner on the page. */
	x: number
	y: number
	/** Its template meaning (`meta.niudai`), or null for a frame someone drew. */
	lane: LaneMeta | null
	/** A need card's centre is inside it now. */
	holdsNeedNow: boolean
}

/** One choice of 投票范围: a frame and its label ("资源识别 › 需求"). */
export interface VoteFrameChoice {
	id: string
	label: string
}

/**
 * Whether needs can be in `frame`: it holds one now; or it is a frame someone drew, or a
 * lane for needs (or for any card); or a stage or area with such a lane inside. A lane
 * for resources, actors or projects — and a stage of those only — cannot.
 */
function canHoldNeeds(frame: VoteFrameInfo, children: ReadonlyMap<string, VoteFrameInfo[]>): boolean {
	if (frame.holdsNeedNow || frame.lane === null) return true
	if (frame.lane.role === 'lane') return frame.lane.laneKind === undefined || frame.lane.laneKind === 'need'
	const inner = children.get(frame.id) ?? []
	if (inner.length === 0) return frame.lane.laneKind === undefined || frame.lane.laneKind === 'need'
	return inner.some((c) => canHoldNeeds(c, children))
}

/** Reading order of frames side by side: top to bottom, then left to right (positions rounded to 10 px). */
function readingOrder(a: VoteFrameInfo, b: VoteFrameInfo): number {
	const dy = Math.round(a.y / 10) - Math.round(b.y / 10)
	if (dy !== 0) return dy
	return a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The frames a vote can be limited to, in board order — each frame followed by the frames
 * inside it, siblings in reading order (stages left to right, their lanes top to bottom)
 * — and only frames that can hold needs. A frame inside another is labelled with its
 * parent's name ("资源识别 › 需求"); an unnamed one gets `untitled`.
 */
export function voteFrameChoices(frames: readonly VoteFrameInfo[], untitled: string): VoteFrameChoice[] {
	const ids = new Set(frames.map((f) => f.id))
	const children = new Map<string, VoteFrameInfo[]>()
	const roots: VoteFrameInfo[] = []
	for (const f of frames) {
		if (f.parentFrameId !== null && ids.has(f.parentFrameId)) {
			const list = children.get(f.parentFrameId)
			if (list) list.push(f)
			else children.set(f.parentFrameId, [f])
		} else roots.push(f)
	}
	const byId = new Map(frames.map((f) => [f.id, f]))
	const out: VoteFrameChoice[] = []
	const visit = (list: VoteFrameInfo[]) => {
		for (const f of [...list].sort(readingOrder)) {
			if (canHoldNeeds(f, children)) {
				const parent = f.parentFrameId !== null ? byId.get(f.parentFrameId) : undefined
				const own = f.name.trim() || untitled
				const parentName = parent?.name.trim() ?? ''
				out.push({ id: f.id, label: parentName ? `${parentName} › ${own}` : own })
			}
			visit(children.get(f.id) ?? [])
		}
	}
	visit(roots)
	return out
}
