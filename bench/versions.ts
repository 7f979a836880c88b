/**
 * Versions benchmark (figures, not a test): the cost of saving, listing, previewing and
 * restoring versions of a big board — 1,000 cards and 1,500 links — through a real Room
 * over real SQLite storage (a temporary DATA_DIR), in this process. Saving and restoring
 * run on the server's event loop, so their times are how long sync pauses for them.
 *
 *   npx tsx bench/versions.ts      or: npm run bench:versions
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { createBoardDoc } from '../server/boards/createBoardDoc'
import { SqliteStorage } from '../server/storage/SqliteStorage'
import { Room } from '../server/sync/Room'
import { recordsOfSnapshot } from '../server/versions/recordsOfSnapshot'
import { createBoardSchema } from '../shared/boardSchema'
import { getYRecords, type PlainRecord, readAllRecords, writeRecord } from '../shared/ydocLayout'
import { buildBoard } from './syntheticBoard'

const RUNS = 7

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b)
	return sorted[Math.floor(sorted.length / 2)]
}

async function timeIt(fn: () => unknown, runs = RUNS): Promise<{ median: number; max: number }> {
	const ms: number[] = []
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now()
		await fn()
		ms.push(performance.now() - t0)
	}
	return { median: median(ms), max: Math.max(...ms) }
}

const fmt = (t: { median: number; max: number }) => `median ${t.median.toFixed(1)} ms, max ${t.max.toFixed(1)} ms`

async function main(): Promise<void> {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-bench-versions-'))
	const storage = new SqliteStorage(dataDir)
	try {
		const boardId = 'benchVersions1'
		const now = Date.now()
		await storage.createBoard(
			{ id: boardId, title: '版本基准', createdAt: now, updatedAt: now, deletedAt: null },
			createBoardDoc('页面 1'),
		)
		const schema = createBoardSchema()
		const room = await Room.open(boardId, storage, { schema, compactAfterUpdates: 500, autosaveIntervalMs: 0 })
		const board = buildBoard()
		room.doc.transact(() => {
			const records = getYRecords(room.doc)
			for (const rec of board) writeRecord(records, rec)
		})
		await room.flush()
		const docBytes = Y.encodeStateAsUpdate(room.doc).byteLength

		const save = await timeIt(() =>
			room.saveVersion({ kind: 'manual', name: '基准', createdBy: 'bench', role: 'facilitator' }),
		)
		for (let i = 0; i < 100; i++) await room.saveVersion({ kind: 'auto', name: '', createdBy: '', role: null })
		const list = await timeIt(() => storage.listVersions(boardId))
		const versions = await storage.listVersions(boardId)
		const target = versions[versions.length - 1]
		const preview = await timeIt(async () => {
			const stored = await storage.getVersion(boardId, target.id)
			if (!stored) throw new Error('version missing')
			recordsOfSnapshot(stored.snapshot, schema)
		})
		const stored = await storage.getVersion(boardId, target.id)
		if (!stored) throw new Error('version missing')
		const versionRecords: PlainRecord[] = recordsOfSnapshot(stored.snapshot, schema)

		// A meeting's worth of change after the version: 10 % of the cards moved and retitled, 50 deleted, 50 added.
		const restoreTimes: number[] = []
		let updateBytes = 0
		let changed = { written: 0, removed: 0 }
		for (let run = 0; run < 5; run++) {
			room.doc.transact(() => {
				const records = getYRecords(room.doc)
				const current = readAllRecords(room.doc).filter((r) => r.typeName === 'shape')
				current.slice(0, 100).forEach((r, i) => {
					writeRecord(records, {
						...r,
						x: (r.x as number) + 50,
						props: { ...(r.props as object), title: `改${run}-${i}` },
					})
				})
				for (const r of current.slice(100, 150)) records.delete(r.id)
				for (let i = 0; i < 50; i++) {
					const base = current[200 + i]
					writeRecord(records, { ...base, id: `shape:added-${run}-${i}`, y: (base.y as number) + 999 })
				}
			})
			await room.flush()
			const onUpdate = (u: Uint8Array) => {
				updateBytes = u.byteLength
			}
			room.doc.on('update', onUpdate)
			const t0 = performance.now()
			changed = await room.restoreRecords(versionRecords, Date.now())
			restoreTimes.push(performance.now() - t0)
			room.doc.off('update', onUpdate)
		}
		const restore = { median: median(restoreTimes), max: Math.max(...restoreTimes) }

		console.log('Niudai versions benchmark (a real Room over SQLite, this process)')
		console.log(
			`  board                       ${board.length} records (1,000 cards, 1,500 links); doc ${(docBytes / 1024).toFixed(0)} KB`,
		)
		console.log(`  save a version              ${fmt(save)}  (flush + encode the whole doc + one SQLite insert)`)
		console.log(`  list 101 versions           ${fmt(list)}`)
		console.log(`  read one for a preview      ${fmt(preview)}  (load + decode + migrate every record)`)
		console.log(
			`  restore after 200 changes   median ${restore.median.toFixed(1)} ms, max ${restore.max.toFixed(1)} ms  (diff + one update + fsync + relay); ${changed.written} written, ${changed.removed} removed, update ${(updateBytes / 1024).toFixed(1)} KB`,
		)
		console.log(
			`RESULT ${JSON.stringify({ records: board.length, docBytes, save, list, preview, restore, changed, restoreUpdateBytes: updateBytes })}`,
		)
		await room.destroy()
	} finally {
		await storage.close()
		fs.rmSync(dataDir, { recursive: true, force: true })
	}
}

void main()
