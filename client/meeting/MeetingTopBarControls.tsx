/** The facilitator's meeting controls in the top bar (follow me, timer). Placeholder until built. */
export function MeetingTopBarControls() {
	return null
}
