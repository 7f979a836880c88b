import { afterEach, describe, expect, it } from 'vitest'
import { tempDataDir } from '../test/testServer'
import { SqliteStorage } from './SqliteStorage'
import type { StoredVersion, VersionKind } from './Storage'

const storages: SqliteStorage[] = []
afterEach(() => {
	for (const s of storages.splice(0)) s.close()
})

function open(dir = tempDataDir()): SqliteStorage {
	const storage = new SqliteStorage(dir)
	storages.push(storage)
	return storage
}

function board(storage: SqliteStorage, id: string): void {
	storage.createBoard({ id, title: id, createdAt: 1, updatedAt: 1, deletedAt: null }, new Uint8Array([0, 0]))
}

let n = 0
function version(boardId: string, kind: VersionKind, createdAt: number, name = ''): StoredVersion {
	n++
	return {
		id: `version-${String(n).padStart(4, '0')}`,
		boardId,
		name,
		kind,
		createdAt,
		createdBy: '王社工',
		role: kind === 'auto' ? null : 'facilitator',
		recordCount: n,
		shapeCount: n - 1,
		snapshot: new Uint8Array([n % 256, 1, 2]),
	}
}

describe('SqliteStorage versions', () => {
	it('lists a board’s versions newest first, without snapshots, and gets one with its snapshot', () => {
		const storage = open()
		board(storage, 'boardA')
		board(storage, 'boardB')
		const first = version('boardA', 'manual', 1000, '3月议事会后')
		const second = version('boardA', 'auto', 2000)
		const same = version('boardA', 'restore', 2000, '3月议事会后')
		const other = version('boardB', 'manual', 3000, '别的白板')
		for (const v of [first, second, same, other]) storage.createVersion(v)

		const list = storage.listVersions('boardA')
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
		expect(storage.getVersion('boardA', first.id)?.snapshot).toEqual(first.snapshot)
		expect(storage.getVersion('boardA', other.id)).toBeNull()
		expect(storage.getVersion('boardA', 'nope')).toBeNull()
		expect(storage.latestVersionAt('boardA')).toBe(2000)
		expect(storage.latestVersionAt('boardB')).toBe(3000)
	})

	it('keeps every manual and restore version but only the newest auto versions beyond the cap', () => {
		const storage = open()
		board(storage, 'boardA')
		board(storage, 'boardB')
		const manual = version('boardA', 'manual', 1, '开始')
		storage.createVersion(manual)
		storage.createVersion(version('boardA', 'restore', 2, '开始'))
		const otherAuto = version('boardB', 'auto', 3)
		storage.createVersion(otherAuto, 3)
		const autos = [10, 20, 30, 40, 50].map((t) => version('boardA', 'auto', t))
		for (const v of autos) storage.createVersion(v, 3)

		const list = storage.listVersions('boardA')
		expect(list.filter((v) => v.kind === 'auto').map((v) => v.createdAt)).toEqual([50, 40, 30])
		expect(list.filter((v) => v.kind !== 'auto').map((v) => v.kind)).toEqual(['restore', 'manual'])
		// Pruning is per board.
		expect(storage.listVersions('boardB').map((v) => v.id)).toEqual([otherAuto.id])
	})

	it('returns no latest version time for a board without versions', () => {
		const storage = open()
		board(storage, 'boardA')
		expect(storage.latestVersionAt('boardA')).toBeNull()
		expect(storage.listVersions('boardA')).toEqual([])
	})

	it('keeps versions across a reopen of the database', () => {
		const dir = tempDataDir()
		const first = open(dir)
		board(first, 'boardA')
		const v = version('boardA', 'manual', 5, '保存')
		first.createVersion(v)
		first.close()
		expect(open(dir).getVersion('boardA', v.id)?.name).toBe('保存')
	})
})
