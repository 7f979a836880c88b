/** An axis-aligned box: left, top, width and height (page or screen units, as the caller uses them). */
export interface Box {
	readonly x: number
	readonly y: number
	readonly w: number
	readonly h: number
}

/** True when the two boxes share some area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/** True when `outer` holds all of `inner`. */
export function boxContains(outer: Box, inner: Box): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.w <= outer.x + outer.w &&
		inner.y + inner.h <= outer.y + outer.h
	)
}

function clampAxis(start: number, size: number, min: number, room: number): number {
	// Too big to fit: keep it at the start of the room rather than hanging out on both sides.
	if (size >= room) return min
	return Math.min(Math.max(start, min), min + room - size)
}

/**
 * Where `box` goes when moved (not resized) to lie inside `container`, `padding` from
 * its edges; a box larger than the room left is aligned with the room's start.
 */
export function clampBoxInto(box: Box, container: Box, padding = 0): { x: number; y: number } {
	const pad = Math.max(0, Math.min(padding, container.w / 2, container.h / 2))
	return {
		x: clampAxis(box.x, box.w, container.x + pad, container.w - 2 * pad),
		y: clampAxis(box.y, box.h, container.y + pad, container.h - 2 * pad),
	}
}

/** A box of size `size` centred in `container`, kept inside it (padding from the edges). */
export function centreBoxIn(size: { w: number; h: number }, container: Box, padding = 0): { x: number; y: number } {
	const centred = {
		x: container.x + (container.w - size.w) / 2,
		y: container.y + (container.h - size.h) / 2,
		...size,
	}
	return clampBoxInto(centred, container, padding)
}

/**
 * How far (screen units) to move the view's content so that `card` is no longer under
 * `cover` (e.g. the inspector) and stays inside `view`: to the left of the cover, or
 * above it, whichever leaves the card whole with the smaller move. Null when nothing
 * covers the card.
 */
export function panToUncover(card: Box, cover: Box, view: Box, margin = 16): { dx: number; dy: number } | null {
	if (!boxesOverlap(card, cover)) return null
	const options: { dx: number; dy: number; fits: boolean }[] = []
	// Left of the cover.
	const roomLeft = cover.x - view.x
	if (roomLeft > 0) {
		const targetRight = cover.x - margin
		const dx = Math.min(0, targetRight - (card.x + card.w))
		const left = card.x + dx
		options.push({
			dx: left < view.x + margin ? dx + (view.x + margin - left) : dx,
			dy: 0,
			fits: card.w + 2 * margin <= roomLeft,
		})
	}
	// Above the cover (a bottom sheet).
	const roomAbove = cover.y - view.y
	if (roomAbove > 0) {
		const targetBottom = cover.y - margin
		const dy = Math.min(0, targetBottom - (card.y + card.h))
		const top = card.y + dy
		options.push({
			dx: 0,
			dy: top < view.y + margin ? dy + (view.y + margin - top) : dy,
			fits: card.h + 2 * margin <= roomAbove,
		})
	}
	if (options.length === 0) return null
	const fitting = options.filter((o) => o.fits)
	const pool = fitting.length > 0 ? fitting : options
	pool.sort((a, b) => Math.abs(a.dx) + Math.abs(a.dy) - (Math.abs(b.dx) + Math.abs(b.dy)))
	const best = pool[0]
	return best.dx === 0 && best.dy === 0 ? null : { dx: best.dx, dy: best.dy }
}
