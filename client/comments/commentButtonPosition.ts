import { DETAILS_BUTTON } from '../board/detailsButtonPosition'

/** The 评论 button's width (CSS pixels). */
export const COMMENT_BUTTON_WIDTH = 84
const GAP = 8

/**
 * Where the 评论 button goes, given where the 详情 button of the same selection goes: on a
 * laptop (or for a link, which has no 详情) in that very place; on a phone beside it — to
 * its right when that fits the screen, else to its left.
 */
export function commentButtonPosition(
	details: { x: number; y: number },
	screenWidth: number,
	besideDetails: boolean,
): { x: number; y: number } {
	if (!besideDetails) return details
	const right = details.x + DETAILS_BUTTON.w + GAP
	const x =
		right + COMMENT_BUTTON_WIDTH <= screenWidth - GAP ? right : Math.max(GAP, details.x - GAP - COMMENT_BUTTON_WIDTH)
	return { x, y: details.y }
}
