/**
 * When the page has shown what it came for (a board's canvas, the board list), so work
 * that can wait — the service worker downloading the whole build for offline use, some
 * 4 MB — does not compete with the first screen for a phone's bandwidth and CPU.
 */
let settle: () => void = () => undefined
const settled = new Promise<void>((resolve) => {
	settle = resolve
})

/** Says the page has shown its first screen (idempotent). */
export function markAppSettled(): void {
	settle()
}

/** Resolves once the page is settled, or after `fallbackMs` (pages that never say so). */
export function whenAppSettled(fallbackMs = 20_000): Promise<void> {
	return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))])
}
