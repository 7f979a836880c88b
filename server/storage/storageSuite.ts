import { afterEach, describe, expect, it } from 'vitest'
import type { ActivityKind } from '../../shared/activity/activityTypes'
import { deactivationRefusal } from '../../shared/auth/linkDeactivation'
import type { NewActivityEntry, ShareLinkRow, Storage, StoredVersion, VersionKind } from './Storage'

/**
 * Opens a storage for one test. `reopen` (when the storage outlives its process) opens
 * the same data again after the first was closed.
 */
export interface StorageFactory {
	open(): Promise<{ storage: Storage; reopen?: () => Promise<Storage>; cleanup?: () => Promise<void> }>
}

const EMPTY = new Uint8Array([0, 0])

/**
 * The contract every Storage keeps, run against each implementation (SQLite and
 * PostgreSQL): boards, the update log and its compaction, links, versions, assets and
 * client owners. `skip` leaves the whole suite out (with the reason printed by the caller).
 */
export function storageSuite(name: string, factory: StorageFactory, skip = false): void {
	describe.skipIf(skip)(`${name} (shared storage suite)`, () => {
		const cleanups: (() => Promise<void>)[] = []
		afterEach(async () => {
			for (const c of cleanups.splice(0).reverse()) await c()
		})

		async function open() {
			const opened = await factory.open()
			let current = opened.storage
			cleanups.push(async () => {
				await current.close()
				await opened.cleanup?.()
			})
			return {
				storage: opened.storage,
				reopen: opened.reopen
					? async () => {
							await current.close()
							current = await (opened.reopen as () => Promise<Storage>)()
							return current
						}
					: undefined,
			}
		}

		const board = (storage: Storage, id: string, at = 1) =>
			storage.createBoard({ id, title: `标题 ${id}`, createdAt: at, updatedAt: at, deletedAt: null }, EMPTY)

		let n = 0
		function version(boardId: string, kind: VersionKind, createdAt: number, vname = ''): StoredVersion {
			n++
			return {
				id: `version-${String(n).padStart(4, '0')}`,
				boardId,
				name: vname,
				kind,
				createdAt,
				createdBy: '王社工',
				role: kind === 'auto' ? null : 'facilitator',
				recordCount: n,
				shapeCount: n - 1,
				snapshot: new Uint8Array([n % 256, 1, 2]),
				privateSnapshot: kind === 'manual' ? new Uint8Array([9, n % 256]) : null,
			}
		}

		function link(boardId: string, id: string, createdAt: number, extra: Partial<ShareLinkRow> = {}): ShareLinkRow {
			return {
				id,
				boardId,
				role: 'editor',
				label: '居民代表',
				tokenHash: `hash-${id}`,
				createdAt,
				expiresAt: null,
				revokedAt: null,
				lastUsedAt: null,
				...extra,
			}
		}

		it('creates, reads, lists, renames and trashes boards', async () => {
			const { storage } = await open()
			await board(storage, 'boardA', 10)
			await board(storage, 'boardB', 20)
			expect(await storage.getBoard('boardA')).toEqual({
				id: 'boardA',
				title: '标题 boardA',
				createdAt: 10,
				updatedAt: 10,
				deletedAt: null,
			})
			expect(await storage.getBoard('nope')).toBeNull()
			expect((await storage.listBoards({ deleted: false })).map((b) => b.id)).toEqual(['boardB', 'boardA'])
			const renamed = await storage.updateBoard('boardA', { title: '新标题', updatedAt: 30 })
			expect(renamed?.title).toBe('新标题')
			await storage.updateBoard('boardB', { deletedAt: 40 })
			expect((await storage.listBoards({ deleted: false })).map((b) => b.id)).toEqual(['boardA'])
			expect((await storage.listBoards({ deleted: true })).map((b) => b.id)).toEqual(['boardB'])
			expect(await storage.updateBoard('nope', { title: 'x' })).toBeNull()
		})

		it('keeps the update log in order after the snapshot; compaction replaces what it covers, idempotently', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await board(storage, 'boardB')
			const first = await storage.appendUpdates('boardA', [new Uint8Array([1]), new Uint8Array([2])])
			await storage.appendUpdates('boardB', [new Uint8Array([50])])
			const third = await storage.appendUpdates('boardA', [new Uint8Array([3])])
			expect(third).toBeGreaterThan(first)
			let doc = await storage.loadDoc('boardA')
			expect(doc.snapshot).toEqual(EMPTY)
			expect(doc.updates).toEqual([new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])])
			expect(doc.lastSeq).toBe(third)
			expect(await storage.countUpdates('boardA')).toBe(3)

			await storage.compact('boardA', new Uint8Array([7, 7]), first)
			doc = await storage.loadDoc('boardA')
			expect(doc.snapshot).toEqual(new Uint8Array([7, 7]))
			expect(doc.updates).toEqual([new Uint8Array([3])])
			expect(await storage.countUpdates('boardA')).toBe(1)
			// A compaction that covers less than the stored snapshot changes nothing.
			await storage.compact('boardA', new Uint8Array([1, 1]), first - 1)
			expect((await storage.loadDoc('boardA')).snapshot).toEqual(new Uint8Array([7, 7]))
			// Other boards are untouched.
			expect((await storage.loadDoc('boardB')).updates).toEqual([new Uint8Array([50])])

			// What a holder up to `first` lacks: only the entry after it.
			const since = await storage.loadDocSince('boardA', first)
			expect(since.snapshot).toBeNull()
			expect(since.updates).toEqual([new Uint8Array([3])])
			// A holder from before the snapshot gets the snapshot too.
			const old = await storage.loadDocSince('boardA', first - 1)
			expect(old.snapshot).toEqual(new Uint8Array([7, 7]))
			expect(old.updates).toEqual([new Uint8Array([3])])
			expect(old.lastSeq).toBe(third)
		})

		it('compactions of one board running at once leave the one that covers most', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			const seqs: number[] = []
			for (let i = 1; i <= 6; i++) seqs.push(await storage.appendUpdates('boardA', [new Uint8Array([i])]))
			await Promise.all([
				storage.compact('boardA', new Uint8Array([4, 4]), seqs[3]),
				storage.compact('boardA', new Uint8Array([2, 2]), seqs[1]),
				storage.compact('boardA', new Uint8Array([4, 4]), seqs[3]),
			])
			const doc = await storage.loadDoc('boardA')
			expect(doc.snapshot).toEqual(new Uint8Array([4, 4]))
			expect(doc.updates).toEqual([new Uint8Array([5]), new Uint8Array([6])])
		})

		it('keeps the private document apart from the main one', async () => {
			const { storage } = await open()
			await storage.createBoard(
				{ id: 'boardA', title: 't', createdAt: 1, updatedAt: 1, deletedAt: null },
				EMPTY,
				new Uint8Array([4, 4]),
			)
			await storage.appendUpdates('boardA', [new Uint8Array([1])])
			await storage.appendUpdates('boardA', [new Uint8Array([8])], 'private')
			expect((await storage.loadDoc('boardA')).updates).toEqual([new Uint8Array([1])])
			const priv = await storage.loadDoc('boardA', 'private')
			expect(priv.snapshot).toEqual(new Uint8Array([4, 4]))
			expect(priv.updates).toEqual([new Uint8Array([8])])
			await storage.compact('boardA', new Uint8Array([5]), priv.lastSeq, 'private')
			expect(await storage.countUpdates('boardA', 'private')).toBe(0)
			expect(await storage.countUpdates('boardA')).toBe(1)
		})

		it('stores assets per board', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await board(storage, 'boardB')
			const data = new Uint8Array([137, 80, 78, 71])
			await storage.putAsset('boardA', { id: 'asset-1', mime: 'image/png', name: '照片.png', data })
			expect(await storage.getAsset('boardA', 'asset-1')).toEqual({ mime: 'image/png', name: '照片.png', data })
			expect(await storage.getAsset('boardB', 'asset-1')).toBeNull()
			const listed = await storage.listAssets('boardA')
			expect(listed.map((a) => [a.id, a.mime, a.data])).toEqual([['asset-1', 'image/png', data]])
			expect(await storage.listAssets('boardB')).toEqual([])
		})

		it('deletes a board for good with everything stored for it, and counts the bytes stored for a board', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await board(storage, 'boardB')
			const emptyBytes = await storage.boardBytes('boardA')
			expect(emptyBytes).toBe(EMPTY.length)
			for (const id of ['boardA', 'boardB']) {
				await storage.appendUpdates(id, [new Uint8Array(100)])
				await storage.appendUpdates(id, [new Uint8Array(10)], 'private')
				await storage.putAsset(id, { id: 'asset-1', mime: 'image/png', name: 'a.png', data: new Uint8Array(1000) })
				await storage.createLink(link(id, `link-${id}`, 1))
				await storage.createVersion(version(id, 'manual', 5))
				await storage.claimClientIds(id, new Map([[7, 'owner']]))
			}
			// 2 (snapshot) + 100 + 10 + 1000 + 3 (version snapshot) + 2 (its private snapshot)
			expect(await storage.boardBytes('boardA')).toBe(EMPTY.length + 100 + 10 + 1000 + 3 + 2)

			expect(await storage.deleteBoard('boardA')).toBe(true)
			expect(await storage.deleteBoard('boardA')).toBe(false)
			expect(await storage.getBoard('boardA')).toBeNull()
			expect(await storage.boardBytes('boardA')).toBe(0)
			expect(await storage.listLinks('boardA')).toEqual([])
			expect(await storage.findLinkByTokenHash('hash-link-boardA')).toBeNull()
			expect(await storage.listVersions('boardA')).toEqual([])
			expect(await storage.listAssets('boardA')).toEqual([])
			expect((await storage.loadClientOwners('boardA')).size).toBe(0)
			expect(await storage.countUpdates('boardA')).toBe(0)
			// The other board keeps everything.
			expect((await storage.listLinks('boardB')).length).toBe(1)
			expect((await storage.listVersions('boardB')).length).toBe(1)
			expect((await storage.loadDoc('boardB')).updates.length).toBe(1)
			expect((await storage.loadDoc('boardB', 'private')).updates.length).toBe(1)
			// Its id can be used again.
			await board(storage, 'boardA')
			expect((await storage.loadDoc('boardA')).updates).toEqual([])
		})

		it('deactivates under a guard read in the same transaction: of two concurrent requests for the last two facilitator links, one is refused', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await storage.createLink(link('boardA', 'link-1', 100, { role: 'facilitator' }))
			await storage.createLink(link('boardA', 'link-2', 200, { role: 'facilitator' }))
			const lastFacilitator = (id: string) => (links: readonly ShareLinkRow[]) =>
				deactivationRefusal(links, id, 1_000) !== null
			const results = await Promise.all([
				storage.revokeLinkUnless('boardA', 'link-1', 1_000, lastFacilitator('link-1')),
				storage.revokeLinkUnless('boardA', 'link-2', 1_000, lastFacilitator('link-2')),
			])
			expect(results.filter((r) => r === 'refused')).toHaveLength(1)
			expect((await storage.listLinks('boardA')).filter((l) => l.revokedAt === null)).toHaveLength(1)
			expect(await storage.revokeLinkUnless('boardA', 'missing', 1_000, () => false)).toBeNull()
		})

		it('finds links by token hash, lists them newest first, revokes once, touches at most once a minute', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await storage.createLink(link('boardA', 'link-1', 100))
			await storage.createLink(link('boardA', 'link-2', 200, { role: 'viewer', expiresAt: 9999 }))
			await storage.createLink(link('boardA', 'link-3', 200))
			expect((await storage.listLinks('boardA')).map((l) => l.id)).toEqual(['link-3', 'link-2', 'link-1'])
			expect(await storage.findLinkByTokenHash('hash-link-2')).toEqual(
				link('boardA', 'link-2', 200, { role: 'viewer', expiresAt: 9999 }),
			)
			expect(await storage.findLinkByTokenHash('nope')).toBeNull()
			expect((await storage.revokeLink('boardA', 'link-1', 500))?.revokedAt).toBe(500)
			expect((await storage.revokeLink('boardA', 'link-1', 600))?.revokedAt).toBe(500)
			expect(await storage.revokeLink('boardB', 'link-2', 600)).toBeNull()
			await storage.touchLink('link-3', 100_000)
			await storage.touchLink('link-3', 100_500)
			expect((await storage.findLinkByTokenHash('hash-link-3'))?.lastUsedAt).toBe(100_000)
			await storage.touchLink('link-3', 200_000)
			expect((await storage.findLinkByTokenHash('hash-link-3'))?.lastUsedAt).toBe(200_000)
		})

		it('lists a board’s versions newest first, without snapshots, and gets one with its snapshots', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await board(storage, 'boardB')
			const first = version('boardA', 'manual', 1000, '3月议事会后')
			const second = version('boardA', 'auto', 2000)
			const same = version('boardA', 'restore', 2000, '3月议事会后')
			const other = version('boardB', 'manual', 3000, '别的白板')
			for (const v of [first, second, same, other]) await storage.createVersion(v)
			const list = await storage.listVersions('boardA')
			expect(list.map((v) => v.id)).toEqual([same.id, second.id, first.id])
			expect(list[2]).toEqual({
				id: first.id,
				boardId: 'boardA',
				name: '3月议事会后',
				kind: 'manual',
				createdAt: 1000,
				createdBy: '王社工',
				role: 'facilitator',
				recordCount: first.recordCount,
				shapeCount: first.shapeCount,
			})
			expect(list.some((v) => 'snapshot' in v)).toBe(false)
			const got = await storage.getVersion('boardA', first.id)
			expect(got?.snapshot).toEqual(first.snapshot)
			expect(got?.privateSnapshot).toEqual(first.privateSnapshot)
			expect(await storage.getVersion('boardA', other.id)).toBeNull()
			expect(await storage.getVersion('boardA', 'nope')).toBeNull()
			expect(await storage.latestVersionAt('boardA')).toBe(2000)
			expect(await storage.latestVersionAt('boardB')).toBe(3000)
		})

		it('keeps every manual and restore version but only the newest auto versions beyond the cap', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await board(storage, 'boardB')
			await storage.createVersion(version('boardA', 'manual', 1, '开始'))
			await storage.createVersion(version('boardA', 'restore', 2, '开始'))
			const otherAuto = version('boardB', 'auto', 3)
			await storage.createVersion(otherAuto, 3)
			for (const t of [10, 20, 30, 40, 50]) await storage.createVersion(version('boardA', 'auto', t), 3)
			const list = await storage.listVersions('boardA')
			expect(list.filter((v) => v.kind === 'auto').map((v) => v.createdAt)).toEqual([50, 40, 30])
			expect(list.filter((v) => v.kind !== 'auto').map((v) => v.kind)).toEqual(['restore', 'manual'])
			expect((await storage.listVersions('boardB')).map((v) => v.id)).toEqual([otherAuto.id])
			expect(await storage.latestVersionAt('nope')).toBeNull()
		})

		function activity(
			kind: ActivityKind,
			at: number,
			targetId: string | null,
			extra: Partial<NewActivityEntry> = {},
		): NewActivityEntry {
			return {
				boardId: 'ignored',
				at,
				lastAt: at,
				kind,
				actor: { linkId: 'link-editor', linkLabel: '商户代表', role: 'editor', name: '李老板' },
				targetId,
				targetType: targetId ? 'need' : null,
				targetTitle: targetId ? `卡片 ${targetId}` : '',
				fields: [],
				...extra,
			}
		}

		it('appends activity in order, merges into stored entries, lists newest first with filters and pages', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await board(storage, 'boardB')
			const facilitator = { linkId: 'link-fac', linkLabel: '社工站', role: 'facilitator' as const, name: '王社工' }
			const ids = await storage.appendActivity('boardA', [
				activity('card_created', 100, 'shape:a'),
				activity('card_edited', 200, 'shape:a', { fields: ['title'] }),
				activity('version_saved', 300, 'version-1', { actor: facilitator, targetType: 'version' }),
			])
			expect(ids).toHaveLength(3)
			expect(ids[0] < ids[1] && ids[1] < ids[2]).toBe(true)
			await storage.appendActivity('boardB', [activity('card_created', 150, 'shape:b')])
			// A merge and a new entry in one call.
			const [fourth] = await storage.appendActivity(
				'boardA',
				[activity('card_deleted', 400, 'shape:a', { actor: { ...facilitator, name: '' } })],
				[{ id: ids[1], fields: ['title', 'status'], targetTitle: '新标题', lastAt: 250 }],
			)
			expect(fourth > ids[2]).toBe(true)
			// A merge for another board's entry changes nothing.
			await storage.appendActivity('boardB', [], [{ id: ids[0], fields: ['x'], targetTitle: 'x', lastAt: 999 }])

			const all = await storage.listActivity('boardA')
			expect(all.nextBefore).toBeNull()
			expect(all.entries.map((e) => e.kind)).toEqual(['card_deleted', 'version_saved', 'card_edited', 'card_created'])
			expect(all.entries[2]).toEqual({
				id: ids[1],
				boardId: 'boardA',
				at: 200,
				lastAt: 250,
				kind: 'card_edited',
				actor: { linkId: 'link-editor', linkLabel: '商户代表', role: 'editor', name: '李老板' },
				targetId: 'shape:a',
				targetType: 'need',
				targetTitle: '新标题',
				fields: ['title', 'status'],
			})
			expect(all.entries[3]).toMatchObject({ lastAt: 100, targetTitle: '卡片 shape:a', fields: [] })
			expect(all.entries[1].actor).toEqual(facilitator)

			// Time window: from inclusive, to exclusive.
			const window = await storage.listActivity('boardA', { from: 200, to: 400 })
			expect(window.entries.map((e) => e.at)).toEqual([300, 200])
			// By person: the self-declared name or the link label.
			expect((await storage.listActivity('boardA', { person: '李老板' })).entries.map((e) => e.at)).toEqual([200, 100])
			expect((await storage.listActivity('boardA', { person: '社工站' })).entries.map((e) => e.at)).toEqual([400, 300])
			// Pages of two, going back with nextBefore.
			const first = await storage.listActivity('boardA', { limit: 2 })
			expect(first.entries.map((e) => e.at)).toEqual([400, 300])
			expect(first.nextBefore).toBe(ids[2])
			const second = await storage.listActivity('boardA', { limit: 2, before: first.nextBefore ?? 0 })
			expect(second.entries.map((e) => e.at)).toEqual([200, 100])
			expect(second.nextBefore).toBeNull()
			expect((await storage.listActivity('boardB')).entries.map((e) => [e.at, e.lastAt, e.fields])).toEqual([
				[150, 150, []],
			])
			expect(await storage.listActivity('nope')).toEqual({ entries: [], nextBefore: null })
		})

		it('attributes a card: its first creation and its newest created or edited entry; deleting the board deletes its activity', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await board(storage, 'boardB')
			const other = { linkId: 'link-fac', linkLabel: '社工站', role: 'facilitator' as const, name: '王社工' }
			await storage.appendActivity('boardA', [
				activity('card_created', 100, 'shape:a', { lastAt: 120 }),
				activity('card_created', 110, 'shape:b'),
				activity('card_edited', 200, 'shape:a', { actor: other, lastAt: 230 }),
				activity('comment_added', 300, 'shape:a', { actor: other }),
			])
			await storage.appendActivity('boardB', [activity('card_created', 1, 'shape:a', { actor: other })])
			expect(await storage.shapeAttribution('boardA', 'shape:a')).toEqual({
				created: { actor: { linkId: 'link-editor', linkLabel: '商户代表', role: 'editor', name: '李老板' }, at: 100 },
				lastModified: { actor: other, at: 230 },
			})
			// Never edited: last modified is the creation, at its last merged change.
			expect((await storage.shapeAttribution('boardA', 'shape:b')).lastModified?.at).toBe(110)
			expect(await storage.shapeAttribution('boardA', 'shape:none')).toEqual({ created: null, lastModified: null })

			expect(await storage.deleteBoard('boardA')).toBe(true)
			expect(await storage.listActivity('boardA')).toEqual({ entries: [], nextBefore: null })
			expect(await storage.shapeAttribution('boardA', 'shape:a')).toEqual({ created: null, lastModified: null })
			expect((await storage.listActivity('boardB')).entries).toHaveLength(1)
		})

		it('keeps the first owner of a client id', async () => {
			const { storage } = await open()
			await board(storage, 'boardA')
			await board(storage, 'boardB')
			await storage.claimClientIds('boardA', new Map([[4_000_000_001, 'p:alice']]))
			await storage.claimClientIds(
				'boardA',
				new Map([
					[4_000_000_001, 'p:mallory'],
					[7, 'server'],
				]),
			)
			expect(await storage.loadClientOwners('boardA')).toEqual(
				new Map([
					[4_000_000_001, 'p:alice'],
					[7, 'server'],
				]),
			)
			expect(await storage.loadClientOwners('boardB')).toEqual(new Map())
		})

		it('answers a ping while open and refuses one once closed', async () => {
			const { storage } = await open()
			await expect(storage.ping()).resolves.toBeUndefined()
			await storage.close()
			await expect(storage.ping()).rejects.toThrow()
		})

		it('keeps everything across a reopen', async () => {
			const { storage, reopen } = await open()
			if (!reopen) return
			await board(storage, 'boardA')
			await storage.appendUpdates('boardA', [new Uint8Array([1])])
			await storage.createVersion(version('boardA', 'manual', 5, '保存'))
			await storage.createLink(link('boardA', 'link-1', 1))
			await storage.appendActivity('boardA', [activity('card_created', 7, 'shape:a')])
			const again = await reopen()
			expect((await again.listActivity('boardA')).entries.map((e) => e.at)).toEqual([7])
			expect((await again.loadDoc('boardA')).updates).toEqual([new Uint8Array([1])])
			expect((await again.listVersions('boardA'))[0]?.name).toBe('保存')
			expect((await again.findLinkByTokenHash('hash-link-1'))?.id).toBe('link-1')
		})
	})
}
