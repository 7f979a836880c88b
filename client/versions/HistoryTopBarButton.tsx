/** The history (versions) button in the top bar. Placeholder until built. */
export function HistoryTopBarButton() {
	return null
}
