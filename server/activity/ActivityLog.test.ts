import { afterEach, describe, expect, it } from 'vitest'
import { SqliteStorage } from '../storage/SqliteStorage'
import type { ActivityMerge, NewActivityEntry } from '../storage/Storage'
import { tempDataDir } from '../test/testServer'
import type { ActivityDraft } from './ActivityDraft'
import { ActivityLog, MERGE_DELAY_MS, SERVER_ACTOR } from './ActivityLog'

const storages: SqliteStorage[] = []
afterEach(async () => {
	for (const s of storages.splice(0)) await s.close()
})

async function setup() {
	const storage = new SqliteStorage(tempDataDir())
	storages.push(storage)
	await storage.createBoard(
		{ id: 'boardA', title: 'A', createdAt: 1, updatedAt: 1, deletedAt: null },
		new Uint8Array([0, 0]),
	)
	await storage.createLink({
		id: 'link-editor',
		boardId: 'boardA',
		role: 'editor',
		label: '商户代表',
		tokenHash: 'hash',
		createdAt: 1,
		expiresAt: null,
		revokedAt: null,
		lastUsedAt: null,
	})
	return storage
}

const editor = { linkId: 'link-editor', role: 'editor' as const, name: '李老板' }
const edit = (fields: string[], title = '助餐'): ActivityDraft => ({
	kind: 'card_edited',
	targetId: 'shape:a',
	targetType: 'need',
	targetTitle: title,
	fields,
})

describe('ActivityLog', () => {
	it('stores entries with the link label read from storage, merging edits written in the same turn and after', async () => {
		const storage = await setup()
		const log = new ActivityLog(storage)
		const first = log.record('boardA', [edit(['title'])], editor, 1000)
		void log.record('boardA', [edit(['status'])], editor, 2000)
		await first
		await log.flush('boardA')
		// After it was stored: merged into the stored entry, written within MERGE_DELAY_MS (flush: at once).
		const merged = log.record('boardA', [edit(['urgency'], '助餐点')], editor, 3000)
		const flushedAt = Date.now()
		await log.flush('boardA')
		expect(Date.now() - flushedAt).toBeLessThan(MERGE_DELAY_MS)
		await merged
		const { entries } = await storage.listActivity('boardA')
		expect(entries.map((e) => [e.kind, e.actor.linkLabel, e.at, e.lastAt, e.fields, e.targetTitle])).toEqual([
			['card_edited', '商户代表', 1000, 3000, ['title', 'status', 'urgency'], '助餐点'],
		])
		// Someone else's edit breaks the chain; the server's actor has no label to read.
		await log.record('boardA', [edit(['note'])], SERVER_ACTOR, 4000)
		await log.record('boardA', [edit(['title'])], editor, 5000)
		expect((await storage.listActivity('boardA')).entries.map((e) => [e.actor.name, e.fields])).toEqual([
			['李老板', ['title']],
			['', ['note']],
			['李老板', ['title', 'status', 'urgency']],
		])
	})

	it('drops what it holds for a board deleted for good meanwhile, without reporting an error', async () => {
		const storage = await setup()
		const errors: unknown[] = []
		const log = new ActivityLog(storage, (_board, err) => errors.push(err))
		const recorded = log.record('boardA', [edit(['title'])], editor, 1000)
		await storage.deleteBoard('boardA')
		await recorded
		await log.close()
		expect(errors).toEqual([])
		expect((await storage.listActivity('boardA')).entries).toEqual([])
	})

	it('keeps entries a failed write could not store, and stores them with the next one', async () => {
		const storage = await setup()
		const errors: unknown[] = []
		let fail = true
		const flaky = new Proxy(storage, {
			get(target, prop) {
				if (prop === 'appendActivity') {
					return (boardId: string, entries: NewActivityEntry[], merges?: ActivityMerge[]) => {
						if (fail) return Promise.reject(new Error('disk full'))
						return target.appendActivity(boardId, entries, merges)
					}
				}
				const value: unknown = Reflect.get(target, prop, target)
				return typeof value === 'function' ? value.bind(target) : value
			},
		})
		const log = new ActivityLog(flaky, (_board, err) => errors.push(err))
		await log.record('boardA', [{ ...edit([]), kind: 'card_created' }], editor, 1000)
		expect(errors).toHaveLength(1)
		expect((await storage.listActivity('boardA')).entries).toEqual([])
		fail = false
		await log.record('boardA', [{ ...edit([]), kind: 'card_deleted', targetId: 'shape:b' }], editor, 2000)
		await log.close()
		expect((await storage.listActivity('boardA')).entries.map((e) => e.kind)).toEqual(['card_deleted', 'card_created'])
	})
})
