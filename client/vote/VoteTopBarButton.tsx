/** The vote button in the top bar. Placeholder until built. */
export function VoteTopBarButton() {
	return null
}
