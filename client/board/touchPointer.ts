/** The kind of pointer that last went down anywhere in the window ('mouse', 'pen', 'touch'). */
let lastPointerType = 'mouse'

if (typeof window !== 'undefined') {
	// Capture: tldraw stops the propagation of the pointer events its canvas receives.
	window.addEventListener(
		'pointerdown',
		(e) => {
			lastPointerType = e.pointerType
		},
		{ capture: true },
	)
}

/** True while the gesture in progress started with a finger (not a mouse or a pen). */
export function isFingerGesture(): boolean {
	return lastPointerType === 'touch'
}
