/** An axis-aligned box in page coordinates. */
export interface PageBox {
	x: number
	y: number
	w: number
	h: number
}

/** Where a need card is: its page and its page bounds (null when unknown). */
export interface NeedPlacement {
	id: string
	pageId: string
	bounds: PageBox | null
}

/** The frame a vote is limited to: its page and page bounds. */
export interface VoteFrame {
	pageId: string
	bounds: PageBox
}

/** True when the centre of `box` lies inside `frame` (edges included). */
export function centreInside(box: PageBox, frame: PageBox): boolean {
	const cx = box.x + box.w / 2
	const cy = box.y + box.h / 2
	return cx >= frame.x && cx <= frame.x + frame.w && cy >= frame.y && cy <= frame.y + frame.h
}

/**
 * The needs that may receive dots: every need when the vote is not limited to a frame
 * (`frame` null), otherwise the needs on the frame's page whose bounds' centre lies
 * inside the frame's bounds — whether or not they are its children, so a card dropped
 * onto a lane counts. A vote whose frame has been deleted is passed `frame` null by
 * the caller and falls back to the whole board, so its dots are not lost.
 */
export function eligibleNeedIds(needs: readonly NeedPlacement[], frame: VoteFrame | null): Set<string> {
	const out = new Set<string>()
	for (const need of needs) {
		if (frame === null) out.add(need.id)
		else if (need.pageId === frame.pageId && need.bounds && centreInside(need.bounds, frame.bounds)) out.add(need.id)
	}
	return out
}

/** True when two sets hold the same ids. */
export function sameIds(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
	if (a === b) return true
	if (!a || !b || a.size !== b.size) return false
	for (const id of a) if (!b.has(id)) return false
	return true
}
