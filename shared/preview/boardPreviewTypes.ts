import type { CardKind } from '../domain/cardProps'

/** A box on the page: left, top, width and height (page units). */
export interface PreviewBox {
	x: number
	y: number
	w: number
	h: number
}

/** A frame (stage, lane or area) on the page, outermost first. */
export interface PreviewFrame extends PreviewBox {
	id: string
	name: string
	/** Rotation in radians (page), when not 0. */
	r?: number
}

/** A card on the page; its kind is its colour key (`KIND_COLORS`). */
export interface PreviewCard extends PreviewBox {
	id: string
	kind: CardKind
	title: string
	/** Rotation in radians (page), when not 0. */
	r?: number
}

/** A sticky note on the page, drawn as a box of its colour (its text is left out). */
export interface PreviewNote extends PreviewBox {
	id: string
	/** tldraw's colour name of the note (yellow, orange, …). */
	color: string
	/** Rotation in radians (page), when not 0. */
	r?: number
}

/** A link (arrow) drawn as one straight line on the page, clipped to the cards it joins. */
export interface PreviewLink {
	x1: number
	y1: number
	x2: number
	y2: number
	/** tldraw's colour name of the arrow (grey, red, …). */
	color: string
}

/**
 * `GET /api/boards/:id/preview`: what a phone draws of a board while the canvas loads —
 * the first page's frames, cards, sticky notes and links, and the bounds of everything on it (what
 * the canvas fits on first opening). Read-only, no private fields.
 */
export interface BoardPreview {
	bounds: PreviewBox | null
	frames: PreviewFrame[]
	cards: PreviewCard[]
	notes: PreviewNote[]
	links: PreviewLink[]
}
