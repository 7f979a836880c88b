/** The vote panel over the canvas. Placeholder until built. */
export function VoteOverlays() {
	return null
}
