/** A rectangle on screen (CSS pixels). */
export interface ScreenBox {
	x: number
	y: number
	w: number
	h: number
}

/** The 详情 button's size (CSS pixels): a finger-sized target. */
export const DETAILS_BUTTON = { w: 84, h: 44 } as const
const GAP = 8

/**
 * Where the 详情 button of a selected card goes (its top-left corner): centred under the
 * card; above it when the card reaches the toolbar; over the card's lower edge when
 * neither fits (a card bigger than the screen). Always on screen, between the top bar and
 * the toolbar. `area.top` is the top bar's bottom, `area.bottom` the toolbar's top.
 */
export function detailsButtonPosition(
	card: ScreenBox,
	area: { w: number; top: number; bottom: number },
): {
	x: number
	y: number
} {
	const minY = area.top + GAP
	const maxY = area.bottom - GAP - DETAILS_BUTTON.h
	const below = card.y + card.h + GAP
	const above = card.y - GAP - DETAILS_BUTTON.h
	const y = below <= maxY ? below : above >= minY ? above : Math.min(card.y + card.h, maxY) - DETAILS_BUTTON.h - GAP
	const x = card.x + card.w / 2 - DETAILS_BUTTON.w / 2
	return {
		x: Math.round(Math.max(GAP, Math.min(x, area.w - GAP - DETAILS_BUTTON.w))),
		y: Math.round(Math.max(minY, Math.min(y, maxY))),
	}
}
