/** The history panel over the canvas. Placeholder until built. */
export function VersionsOverlays() {
	return null
}
