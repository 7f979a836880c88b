/** What everyone sees of the meeting over the canvas (follow banner, timer). Placeholder until built. */
export function MeetingOverlays() {
	return null
}
