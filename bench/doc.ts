/**
 * Document growth benchmark: how many bytes does dragging one shape add to a board's
 * stored document, once compacted?
 *
 * Starts the real server in-process, connects one y-websocket client whose Y.Doc is
 * bound to a tldraw store with the real `bindStoreToYDoc`, creates a geo shape, then
 * drags it for S seconds at F frames per second (one store change and one Yjs
 * transaction per frame). The server's document is compacted and measured before and
 * after the drag. For comparison, the same drag is replayed on two plain Y.Docs: one
 * writing the packed [x, y, rotation] key Niudai uses, one writing separate x and y keys.
 *
 * Run: npx tsx bench/doc.ts [--seconds S=10] [--fps F=60]
 *  or: npm run bench:doc -- --seconds 10
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { createTLStore } from '@tldraw/editor'
import { createShapeId, type TLGeoShape } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { bindStoreToYDoc, LOCAL_ORIGIN } from '../client/sync/bindStoreToYDoc'
import { geoShapeRecord } from '../client/sync/geoShapeRecord'
import { connectClient, createBoard, startTestServer, whenDoc, whenSynced } from '../server/test/testServer'
import { getYRecords } from '../shared/ydocLayout'

// tldraw delivers store history once per animation frame; Node has no requestAnimationFrame.
;(globalThis as { __FORCE_RAF_IN_TESTS__?: boolean }).__FORCE_RAF_IN_TESTS__ = true
globalThis.requestAnimationFrame ??= (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number
globalThis.cancelAnimationFrame ??= (id) => clearTimeout(id)

const { values } = parseArgs({
	options: {
		seconds: { type: 'string', default: '10' },
		fps: { type: 'string', default: '60' },
	},
})
const SECONDS = Number(values.seconds)
const FPS = Number(values.fps)
if (!(SECONDS > 0) || !(FPS > 0)) throw new Error('--seconds and --fps must be positive numbers')

const watchdog = setTimeout(
	() => {
		console.error('ERROR: benchmark did not finish in time')
		process.exit(1)
	},
	(SECONDS * 3 + 60) * 1000,
)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The drag path: frame i → position. */
const position = (i: number) => ({ x: 100 + i * 1.5, y: 80 + i * 0.75 })

/** Growth of a compacted plain doc when `frames` drag frames are written with `write`. */
function localGrowth(frames: number, write: (rec: Y.Map<unknown>, x: number, y: number) => void): number {
	const doc = new Y.Doc({ gc: true })
	// Fixed, for repeatable sizes: each item stores its client id as a varint, and random
	// ids take 4 or 5 bytes. This one takes 5, like most random ids.
	doc.clientID = 2_000_000_000
	const rec = doc.getMap<Y.Map<unknown>>('records').set('shape:box', new Y.Map())
	doc.transact(() => write(rec, 0, 0))
	const before = Y.encodeStateAsUpdate(doc).byteLength
	for (let i = 0; i < frames; i++) {
		const { x, y } = position(i)
		doc.transact(() => write(rec, x, y))
	}
	const after = Y.encodeStateAsUpdate(doc).byteLength
	doc.destroy()
	return after - before
}

async function main(): Promise<void> {
	const server = await startTestServer()
	const boardId = await createBoard(server.url, 'Doc growth benchmark')

	// One client, its doc bound to a tldraw store exactly as in the browser.
	const doc = new Y.Doc()
	const provider = connectClient(server.port, boardId, doc)
	await whenSynced(provider)
	const store = createTLStore()
	const binding = bindStoreToYDoc(store, doc, { warn: (m) => console.warn(m) })
	const room = server.rooms.peek(boardId)
	if (!room) throw new Error('the board room is not loaded')

	// Create the shape and wait until the server has it.
	const id = createShapeId('box')
	store.put([geoShapeRecord(id, 0)])
	store._flushHistory()
	await whenDoc(room.doc, () => getYRecords(room.doc).has(id))

	const measure = async () => {
		await room.compact()
		const stored = await server.storage.loadDoc(boardId)
		return {
			docBytes: Y.encodeStateAsUpdate(room.doc).byteLength,
			snapshotBytes: stored.snapshot?.byteLength ?? 0,
			logEntries: stored.updates.length,
		}
	}
	const before = await measure()

	// Count what the client sends: the size of each of its own updates.
	let wireBytes = 0
	let wireUpdates = 0
	doc.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== LOCAL_ORIGIN) return
		wireBytes += update.byteLength
		wireUpdates++
	})

	// Drag: one store change per frame, paced in real time (drift-compensated).
	const frames = Math.round(SECONDS * FPS)
	const frameMs = 1000 / FPS
	const dragStart = performance.now()
	for (let i = 0; i < frames; i++) {
		const wait = dragStart + i * frameMs - performance.now()
		if (wait > 0) await sleep(wait)
		const shape = store.get(id) as TLGeoShape
		store.put([{ ...shape, ...position(i) }])
		store._flushHistory()
	}
	const dragMs = performance.now() - dragStart
	const final = position(frames - 1)
	await whenDoc(room.doc, () => {
		const xyr = getYRecords(room.doc).get(id)?.get('xyr') as number[] | undefined
		return xyr?.[0] === final.x && xyr?.[1] === final.y
	})
	const after = await measure()

	const packed = localGrowth(frames, (rec, x, y) => rec.set('xyr', [x, y, 0]))
	const separate = localGrowth(frames, (rec, x, y) => {
		rec.set('x', x)
		rec.set('y', y)
	})

	binding.dispose()
	provider.destroy()
	provider.awareness.destroy()
	doc.destroy()
	store.dispose()
	await server.close()
	fs.rmSync(server.dataDir, { recursive: true, force: true })

	const growth = after.docBytes - before.docBytes
	const result = {
		seconds: SECONDS,
		targetFps: FPS,
		frames,
		dragMs: Math.round(dragMs),
		// frames − 1 intervals between the first and the last frame
		actualFps: Math.round(((frames - 1) / (dragMs / 1000)) * 10) / 10,
		server: {
			docBytesBefore: before.docBytes,
			docBytesAfter: after.docBytes,
			growthBytes: growth,
			growthPerFrame: Math.round((growth / frames) * 1000) / 1000,
			snapshotBytesBefore: before.snapshotBytes,
			snapshotBytesAfter: after.snapshotBytes,
			logEntriesAfterCompaction: after.logEntries,
		},
		wire: { updates: wireUpdates, bytes: wireBytes, bytesPerUpdate: Math.round((wireBytes / wireUpdates) * 10) / 10 },
		localPlainDocs: { packedXyrGrowthBytes: packed, separateXYGrowthBytes: separate },
	}

	const rows: [string, string][] = [
		['frames sent (target)', `${frames} (${SECONDS} s × ${FPS} fps)`],
		['drag time / actual fps', `${result.dragMs} ms / ${result.actualFps} fps`],
		['server doc before drag (compacted)', `${before.docBytes} B`],
		['server doc after drag (compacted)', `${after.docBytes} B`],
		['growth', `${growth} B (${result.server.growthPerFrame} B/frame)`],
		['stored snapshot before / after', `${before.snapshotBytes} B / ${after.snapshotBytes} B`],
		['log entries left after compaction', String(after.logEntries)],
		['client updates sent / bytes', `${wireUpdates} / ${wireBytes} B (${result.wire.bytesPerUpdate} B each)`],
		['plain docs: packed [x,y,r] key growth', `${packed} B`],
		['plain docs: separate x, y keys growth', `${separate} B`],
	]
	const width = Math.max(...rows.map(([k]) => k.length))
	console.log('Niudai document growth benchmark (one shape dragged)')
	for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`)
	console.log(`RESULT ${JSON.stringify(result)}`)
	clearTimeout(watchdog)
	process.exit(0)
}

main().catch((err) => {
	console.error('ERROR:', err instanceof Error ? (err.stack ?? err.message) : err)
	process.exit(1)
})
