import { TOKEN_QUERY_PARAM } from '../../shared/protocol'

/** What this browser remembers of a board it created or opened. */
export interface KnownBoard {
	id: string
	token: string
	title: string
	openedAt: number
}

const STORAGE_KEY = 'niudai.boards'
const ADMIN_KEY = 'niudai.adminToken'

function readAll(): Record<string, KnownBoard> {
	try {
		const raw = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}') as unknown
		return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, KnownBoard>) : {}
	} catch {
		return {}
	}
}

function writeAll(all: Record<string, KnownBoard>): void {
	globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(all))
}

/** Boards this browser has created or opened, most recently opened first. */
export function knownBoards(): KnownBoard[] {
	return Object.values(readAll())
		.filter((b) => typeof b?.id === 'string' && typeof b.token === 'string')
		.sort((a, b) => b.openedAt - a.openedAt)
}

/** The access token this browser holds for a board, if any. */
export function tokenFor(boardId: string): string | null {
	return readAll()[boardId]?.token ?? null
}

/** Remembers (or refreshes) a board's token and title. */
export function rememberBoard(boardId: string, token: string, title = ''): void {
	const all = readAll()
	const previous = all[boardId]
	all[boardId] = { id: boardId, token, title: title || previous?.title || '', openedAt: Date.now() }
	writeAll(all)
}

/** Updates the remembered title of a board. */
export function rememberTitle(boardId: string, title: string): void {
	const all = readAll()
	const known = all[boardId]
	if (known && known.title !== title) {
		all[boardId] = { ...known, title }
		writeAll(all)
	}
}

/** Forgets a board (e.g. its link was revoked). */
export function forgetBoard(boardId: string): void {
	const all = readAll()
	delete all[boardId]
	writeAll(all)
}

/** The token carried by a share link (`?t=`), or null. */
export function tokenFromUrl(url: string): string | null {
	try {
		return new URL(url, 'http://localhost').searchParams.get(TOKEN_QUERY_PARAM)
	} catch {
		return null
	}
}

/** The server operator's admin token, if entered in this browser (`/?admin=<token>`). */
export function adminToken(): string | null {
	return globalThis.localStorage?.getItem(ADMIN_KEY) ?? null
}

/** Remembers or clears the admin token. */
export function setAdminToken(token: string | null): void {
	if (token) globalThis.localStorage?.setItem(ADMIN_KEY, token)
	else globalThis.localStorage?.removeItem(ADMIN_KEY)
}

/** Headers that authenticate a request for a board. */
export function authHeaders(boardId: string): Record<string, string> {
	const token = tokenFor(boardId) ?? adminToken()
	return token ? { authorization: `Bearer ${token}` } : {}
}

/**
 * A share link carries its token once (`?t=`): keep it in this browser for the board
 * and take it out of the address bar, so it is not shown on a projector or bookmarked.
 */
export function captureTokenFromUrl(boardId: string): void {
	const token = new URLSearchParams(window.location.search).get(TOKEN_QUERY_PARAM)
	if (!token) return
	rememberBoard(boardId, token)
	const url = new URL(window.location.href)
	url.searchParams.delete(TOKEN_QUERY_PARAM)
	window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`)
}
