/** Where the board page leaves a picture of the canvas for the print page (per board). */
const key = (boardId: string) => `niudai.canvasPicture.${boardId}`

/** Keeps a data-URL picture of the canvas for the print page to pick up. */
export function leaveCanvasPicture(boardId: string, dataUrl: string): void {
	try {
		globalThis.localStorage?.setItem(key(boardId), dataUrl)
	} catch {
		// Too big for local storage: the plan prints without the picture.
	}
}

/** The picture the board page left, if any (taken, so it is not shown twice). */
export function takeCanvasPicture(boardId: string): string | null {
	const value = globalThis.localStorage?.getItem(key(boardId)) ?? null
	globalThis.localStorage?.removeItem(key(boardId))
	return value?.startsWith('data:image/') ? value : null
}
