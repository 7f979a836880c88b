/** Where the board page leaves pictures of the canvas for the print page (per board). */
const key = (boardId: string) => `niudai.canvasPicture.${boardId}`

/** A picture of the canvas the print page shows: its reference (`canvas:<stage>`), title and data URL. */
export interface LeftPicture {
	ref: string
	title: string
	url: string
}

/** Keeps pictures of the canvas (data URLs, one per stage) for the print page to pick up. */
export function leaveCanvasPictures(boardId: string, pictures: readonly LeftPicture[]): void {
	try {
		globalThis.localStorage?.setItem(key(boardId), JSON.stringify(pictures))
	} catch {
		// Too big for local storage: the plan prints without the pictures.
	}
}

function isPicture(value: unknown): value is LeftPicture {
	if (typeof value !== 'object' || value === null) return false
	const v = value as Record<string, unknown>
	return (
		typeof v.ref === 'string' &&
		/^canvas:[A-Za-z0-9_-]{1,40}$/.test(v.ref) &&
		typeof v.title === 'string' &&
		typeof v.url === 'string' &&
		v.url.startsWith('data:image/')
	)
}

/** The pictures the board page left, if any (taken, so they are not shown twice). */
export function takeCanvasPictures(boardId: string): LeftPicture[] {
	const value = globalThis.localStorage?.getItem(key(boardId)) ?? null
	globalThis.localStorage?.removeItem(key(boardId))
	if (value === null) return []
	try {
		const parsed: unknown = JSON.parse(value)
		return Array.isArray(parsed) ? parsed.filter(isPicture) : []
	} catch {
		return []
	}
}

/** Forgets the pictures left for a board (signing out of it). */
export function forgetCanvasPictures(boardId: string): void {
	globalThis.localStorage?.removeItem(key(boardId))
}
