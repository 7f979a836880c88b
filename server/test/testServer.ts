import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createServer, type RunningServer, type ServerOptions } from '../createServer'
import { createLogger } from '../logger'

/** The admin token every test server gets (facilitator on every board, lists all boards). */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijklmnop'

/** Tokens of the boards tests created, by board id (the creator's facilitator token). */
const boardTokens = new Map<string, string>()

/** The `t` parameter of a `/b/<id>?t=<token>` url. */
export function tokenFromUrl(url: string): string {
	const token = new URL(url, 'http://localhost').searchParams.get('t')
	if (!token) throw new Error(`no token in ${url}`)
	return token
}

/** Remembers the creator token of a board from its creation response; returns the id. */
export function rememberBoard(board: { id: string; url: string }): string {
	boardTokens.set(board.id, tokenFromUrl(board.url))
	return board.id
}

/** The facilitator token of a board a test created over REST. */
export function boardToken(boardId: string): string {
	const token = boardTokens.get(boardId)
	if (!token) throw new Error(`no token known for board ${boardId}`)
	return token
}

/** Request headers carrying `token` as a Bearer token. */
export function bearer(token: string, headers: Record<string, string> = {}): Record<string, string> {
	return { ...headers, authorization: `Bearer ${token}` }
}

/**
 * `fetch` as the facilitator of the board in the URL (`/api/boards/<id>/…`), when a
 * token is known for it and the request has no Authorization header of its own; a
 * board created through it (201 with a tokened url) is remembered.
 */
export async function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
	const headers = new Headers(init.headers)
	const m = /\/api\/boards\/([A-Za-z0-9_-]+)/.exec(new URL(url, 'http://localhost').pathname)
	const token = m ? boardTokens.get(m[1]) : undefined
	if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`)
	const res = await fetch(url, { ...init, headers })
	if (res.status === 201 && res.headers.get('content-type')?.includes('json')) {
		const body = (await res.clone().json()) as { id?: unknown; url?: unknown }
		if (typeof body.id === 'string' && typeof body.url === 'string' && body.url.includes('?t=')) {
			rememberBoard(body as { id: string; url: string })
		}
	}
	return res
}

/** A fresh temporary data directory. */
export function tempDataDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-test-'))
}

/** Starts a real server on port 0 with its own data directory. */
export async function startTestServer(opts: Partial<ServerOptions> = {}): Promise<RunningServer & { dataDir: string }> {
	const dataDir = opts.dataDir ?? tempDataDir()
	const server = await createServer({
		port: 0,
		host: '127.0.0.1',
		dataDir,
		logger: createLogger('silent'),
		adminToken: TEST_ADMIN_TOKEN,
		...opts,
		// Tests open many sockets and create many boards from one address; limits.test.ts sets its own.
		limits: {
			restPerMinute: 1e9,
			createPerMinute: 1e9,
			wsConnectsPerWindow: 1e9,
			linkConnectsPerWindow: 1e9,
			maxConnectionsPerRoom: 1e6,
			maxConnectionsPerLink: 1e6,
			...opts.limits,
		},
	})
	return Object.assign(server, { dataDir })
}

/** Creates a board over REST; returns its id and its creator's facilitator token. */
export async function createBoardWithToken(
	baseUrl: string,
	title = 'Test board',
	template?: string,
): Promise<{ id: string; token: string }> {
	const res = await fetch(`${baseUrl}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(template ? { title, template } : { title }),
	})
	if (res.status !== 201) throw new Error(`create board failed: ${res.status} ${await res.text()}`)
	const id = rememberBoard((await res.json()) as { id: string; url: string })
	return { id, token: boardToken(id) }
}

/** Creates a board over REST and returns its id (its token: `boardToken(id)`). */
export async function createBoard(baseUrl: string, title = 'Test board'): Promise<string> {
	return (await createBoardWithToken(baseUrl, title)).id
}

/** Makes a share link over REST as the board's facilitator; returns its id and token. */
export async function createLink(
	baseUrl: string,
	boardId: string,
	body: { role: string; label?: string; expiresAt?: number },
): Promise<{ id: string; token: string }> {
	const res = await fetch(`${baseUrl}/api/boards/${boardId}/links`, {
		method: 'POST',
		headers: bearer(boardToken(boardId), { 'content-type': 'application/json' }),
		body: JSON.stringify(body),
	})
	if (res.status !== 201) throw new Error(`create link failed: ${res.status} ${await res.text()}`)
	const link = (await res.json()) as { id: string; url: string }
	return { id: link.id, token: tokenFromUrl(link.url) }
}

/**
 * An official y-websocket client connected to a board with `token` as `?t=` (by
 * default the facilitator token of a board the test created).
 */
export function connectClient(
	port: number,
	boardId: string,
	doc = new Y.Doc(),
	token: string = boardToken(boardId),
): WebsocketProvider {
	return new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, boardId, doc, {
		WebSocketPolyfill: WebSocket as never,
		disableBc: true,
		params: { t: token },
	})
}

/** The URL of a raw sync socket of a board, with `token` as `?t=`. */
export function syncUrl(port: number, boardId: string, token?: string): string {
	const path = `ws://127.0.0.1:${port}/sync/${encodeURIComponent(boardId)}`
	return token === undefined ? path : `${path}?t=${encodeURIComponent(token)}`
}

/** Resolves when `provider` has completed its first sync with the server. */
export function whenSynced(provider: WebsocketProvider): Promise<void> {
	if (provider.synced) return Promise.resolve()
	return new Promise((resolve) => {
		const onSync = (synced: boolean) => {
			if (!synced) return
			provider.off('sync', onSync)
			resolve()
		}
		provider.on('sync', onSync)
	})
}

/** Resolves when `predicate` holds after a change of `doc` (or at once). */
export function whenDoc(doc: Y.Doc, predicate: () => boolean, timeoutMs = 5000): Promise<void> {
	if (predicate()) return Promise.resolve()
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			doc.off('update', check)
			reject(new Error('timed out waiting for the document'))
		}, timeoutMs)
		const check = () => {
			if (!predicate()) return
			clearTimeout(timer)
			doc.off('update', check)
			resolve()
		}
		doc.on('update', check)
	})
}

/** Resolves with the close event of a raw socket. */
export function whenClosed(ws: WebSocket): Promise<{ code: number; reason: string }> {
	return new Promise((resolve) => {
		ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
	})
}

/** Resolves once `predicate` holds, checking every 10 ms; rejects after `timeoutMs`. */
export function until(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
	return new Promise((resolve, reject) => {
		const started = Date.now()
		const tick = () => {
			if (predicate()) resolve()
			else if (Date.now() - started > timeoutMs) reject(new Error('condition not met in time'))
			else setTimeout(tick, 10)
		}
		tick()
	})
}
