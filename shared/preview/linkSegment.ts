import type { PreviewBox } from './boardPreviewTypes'

/** A point on the page. */
export interface Point {
	x: number
	y: number
}

/** The centre of a box. */
export function boxCentre(box: PreviewBox): Point {
	return { x: box.x + box.w / 2, y: box.y + box.h / 2 }
}

/**
 * Where the ray from `inside` towards `outside` leaves `box` (the first point on its
 * edge); `outside` itself when it lies in the box or `inside` is not in it.
 */
export function leaveBox(inside: Point, outside: Point, box: PreviewBox): Point {
	const contains = (p: Point) => p.x >= box.x && p.x <= box.x + box.w && p.y >= box.y && p.y <= box.y + box.h
	if (!contains(inside) || contains(outside)) return outside
	const dx = outside.x - inside.x
	const dy = outside.y - inside.y
	let t = 1
	if (dx > 0) t = Math.min(t, (box.x + box.w - inside.x) / dx)
	if (dx < 0) t = Math.min(t, (box.x - inside.x) / dx)
	if (dy > 0) t = Math.min(t, (box.y + box.h - inside.y) / dy)
	if (dy < 0) t = Math.min(t, (box.y - inside.y) / dy)
	return { x: inside.x + dx * t, y: inside.y + dy * t }
}

/**
 * A link as one straight line: from `start` to `end`, each cut where it leaves the box
 * of the card it is bound to (if any), as the canvas ends its arrows at the card's edge.
 * Null when nothing is left of it (the two boxes overlap over the whole line).
 */
export function linkSegment(
	start: Point,
	end: Point,
	startBox: PreviewBox | null,
	endBox: PreviewBox | null,
): { x1: number; y1: number; x2: number; y2: number } | null {
	const a = startBox ? leaveBox(start, end, startBox) : start
	const b = endBox ? leaveBox(end, start, endBox) : end
	// Cut past each other: the cards overlap where the line would be.
	if ((b.x - a.x) * (end.x - start.x) + (b.y - a.y) * (end.y - start.y) <= 0) return null
	return { x1: a.x, y1: a.y, x2: b.x, y2: b.y }
}
