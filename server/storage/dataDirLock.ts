import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DATA_FILE_MODE, ensurePrivateDir } from './privateDataDir'

/** The file under DATA_DIR that says which process holds the data directory. */
export const LOCK_FILE = 'server.lock'

/** What the lock file records. */
export interface LockInfo {
	pid: number
	hostname: string
	/** ms since the epoch. */
	startedAt: number
	/** Who holds it: `server` or an admin command (`restore`). */
	holder: string
}

/**
 * The state of a data directory's lock: `free` (no lock file), `held` (its process is
 * alive, or on another host so it cannot be checked from here) or `stale` (its process
 * is gone: killed without a clean shutdown).
 */
export type LockState =
	| { state: 'free'; file: string }
	| { state: 'held'; file: string; info: LockInfo }
	| { state: 'stale'; file: string; info: LockInfo | null }

/** A data directory held by another process. */
export class DataDirLockedError extends Error {
	constructor(
		readonly dataDir: string,
		readonly info: LockInfo,
	) {
		super(
			`${dataDir} is in use by another Niudai ${info.holder} (pid ${info.pid} on ${info.hostname}, since ${new Date(info.startedAt).toISOString()}). Stop it first, or use another DATA_DIR. If that process is surely gone, delete ${path.join(dataDir, LOCK_FILE)}.`,
		)
		this.name = 'DataDirLockedError'
	}
}

/** True when a process with this id exists on this host (EPERM: it exists, owned by another user). */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0)
		return true
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM'
	}
}

function parseLock(text: string): LockInfo | null {
	try {
		const v = JSON.parse(text) as Partial<LockInfo>
		if (
			typeof v.pid === 'number' &&
			Number.isInteger(v.pid) &&
			v.pid > 0 &&
			typeof v.hostname === 'string' &&
			typeof v.startedAt === 'number' &&
			typeof v.holder === 'string'
		) {
			return { pid: v.pid, hostname: v.hostname, startedAt: v.startedAt, holder: v.holder }
		}
	} catch {
		// An unreadable lock (cut short by a crash while it was written) is stale.
	}
	return null
}

/** Reads the data directory's lock and checks whether its process is alive. */
export function readDataDirLock(dataDir: string): LockState {
	const file = path.join(dataDir, LOCK_FILE)
	let text: string
	try {
		text = fs.readFileSync(file, 'utf8')
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'free', file }
		throw err
	}
	const info = parseLock(text)
	if (!info) return { state: 'stale', file, info: null }
	if (info.hostname !== os.hostname()) return { state: 'held', file, info }
	return processAlive(info.pid) ? { state: 'held', file, info } : { state: 'stale', file, info }
}

/** A held lock: `release` removes the file (only while it is still this process's). */
export interface DataDirLock {
	file: string
	info: LockInfo
	/** A stale lock this one replaced, if any. */
	replaced: LockInfo | null
	release(): void
}

/**
 * Takes the data directory for this process: writes `DATA_DIR/server.lock` (pid, host,
 * start time) with O_EXCL, replacing a stale one. Throws DataDirLockedError when a live
 * process holds it — two servers (or a server and a restore) never share a data directory.
 */
export function acquireDataDirLock(dataDir: string, holder = 'server'): DataDirLock {
	ensurePrivateDir(dataDir)
	const info: LockInfo = { pid: process.pid, hostname: os.hostname(), startedAt: Date.now(), holder }
	let replaced: LockInfo | null = null
	for (let attempt = 0; attempt < 3; attempt++) {
		const current = readDataDirLock(dataDir)
		if (current.state === 'held') throw new DataDirLockedError(dataDir, current.info)
		if (current.state === 'stale') {
			replaced = current.info
			fs.rmSync(current.file, { force: true })
		}
		try {
			fs.writeFileSync(current.file, `${JSON.stringify(info)}\n`, { flag: 'wx', mode: DATA_FILE_MODE })
		} catch (err) {
			// Another process took it between the check and the write: check again.
			if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue
			throw err
		}
		const file = current.file
		return {
			file,
			info,
			replaced,
			release() {
				const now = readDataDirLock(dataDir)
				if (now.state !== 'free' && now.info?.pid === info.pid && now.info.startedAt === info.startedAt) {
					fs.rmSync(file, { force: true })
				}
			},
		}
	}
	throw new Error(`could not take the lock ${path.join(dataDir, LOCK_FILE)}: other processes keep taking it`)
}
