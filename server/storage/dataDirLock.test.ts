import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, readDataDirLock } from './dataDirLock'

const dirs: string[] = []
afterEach(() => {
	for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function dataDir(): string {
	const d = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-lock-'))
	dirs.push(d)
	return d
}

/** The pid of a process that has exited. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
	return Number(child.stdout.toString())
}

describe('data directory lock', () => {
	it('is held while taken: a second taker is refused with who holds it; released, it is free', () => {
		const dir = dataDir()
		expect(readDataDirLock(dir).state).toBe('free')
		const lock = acquireDataDirLock(dir)
		const file = path.join(dir, LOCK_FILE)
		expect(fs.statSync(file).mode & 0o777).toBe(0o600)
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, holder: 'server' })
		expect(readDataDirLock(dir)).toMatchObject({ state: 'held', info: { pid: process.pid } })
		expect(() => acquireDataDirLock(dir, 'restore')).toThrow(DataDirLockedError)
		expect(() => acquireDataDirLock(dir, 'restore')).toThrow(
			new RegExp(`in use by another Niudai server \\(pid ${process.pid}`),
		)
		lock.release()
		expect(readDataDirLock(dir).state).toBe('free')
		expect(fs.existsSync(file)).toBe(false)
	})

	it('a lock left by a killed process is stale and taken over', () => {
		const dir = dataDir()
		const pid = deadPid()
		fs.writeFileSync(
			path.join(dir, LOCK_FILE),
			JSON.stringify({ pid, hostname: os.hostname(), startedAt: 1, holder: 'server' }),
		)
		expect(readDataDirLock(dir)).toMatchObject({ state: 'stale', info: { pid } })
		const lock = acquireDataDirLock(dir)
		expect(lock.replaced?.pid).toBe(pid)
		expect(readDataDirLock(dir)).toMatchObject({ state: 'held', info: { pid: process.pid } })
		lock.release()
	})

	it('an unreadable lock is stale; one from another host counts as held (its process cannot be checked)', () => {
		const dir = dataDir()
		fs.writeFileSync(path.join(dir, LOCK_FILE), '{"pid": 12')
		expect(readDataDirLock(dir).state).toBe('stale')
		fs.writeFileSync(
			path.join(dir, LOCK_FILE),
			JSON.stringify({ pid: deadPid(), hostname: `not-${os.hostname()}`, startedAt: 1, holder: 'server' }),
		)
		expect(readDataDirLock(dir).state).toBe('held')
		expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError)
	})

	it('release leaves a lock alone that another process has taken since', () => {
		const dir = dataDir()
		const lock = acquireDataDirLock(dir)
		const other = { pid: process.pid, hostname: os.hostname(), startedAt: lock.info.startedAt + 1, holder: 'restore' }
		fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(other))
		lock.release()
		expect(readDataDirLock(dir)).toMatchObject({ state: 'held', info: { holder: 'restore' } })
	})
})
