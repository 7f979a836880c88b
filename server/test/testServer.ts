import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createServer, type RunningServer, type ServerOptions } from '../createServer'
import { createLogger } from '../logger'

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
		...opts,
	})
	return Object.assign(server, { dataDir })
}

/** Creates a board over REST and returns its id. */
export async function createBoard(baseUrl: string, title = 'Test board'): Promise<string> {
	const res = await fetch(`${baseUrl}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title }),
	})
	if (res.status !== 201) throw new Error(`create board failed: ${res.status} ${await res.text()}`)
	return ((await res.json()) as { id: string }).id
}

/** An official y-websocket client connected to a board. */
export function connectClient(port: number, boardId: string, doc = new Y.Doc()): WebsocketProvider {
	return new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, boardId, doc, {
		WebSocketPolyfill: WebSocket as never,
		disableBc: true,
	})
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
