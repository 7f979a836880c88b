import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { loadOrCreateAdminToken } from '../auth/adminToken'
import { hashToken } from '../auth/tokens'
import type { RunningServer } from '../createServer'
import { PostgresStorage } from '../storage/PostgresStorage'
import { SqliteStorage } from '../storage/SqliteStorage'
import type { Storage } from '../storage/Storage'
import { createTestDatabase, postgresAvailable } from '../test/services'
import {
	bearer,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	tempDataDir,
	whenDoc,
	whenSynced,
} from '../test/testServer'
import { EXIT } from './adminCommand'
import type { ListedBoard } from './listBoardsCommand'
import { runAdmin } from './runAdmin'

const DAY = 86_400_000
/** Tests that start `npx tsx` processes: each takes seconds to start on a loaded machine. */
const CHILD_PROCESS_TEST_MS = 120_000
const postgres = await postgresAvailable()
const dirs: string[] = []
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
	for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function dataDir(): string {
	const d = tempDataDir()
	dirs.push(d)
	return d
}

async function server(opts: Parameters<typeof startTestServer>[0] = {}): Promise<RunningServer & { dataDir: string }> {
	const s = await startTestServer(opts)
	cleanups.push(() => s.close())
	return s
}

/** Runs an admin command in this process; resolves to its exit code and what it printed. */
async function admin(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
	const out: string[] = []
	const err: string[] = []
	const code = await runAdmin(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env })
	return { code, out: out.join('\n'), err: err.join('\n') }
}

/** Runs `npx tsx server/admin/main.ts …` as a child process, as an operator would. */
function adminChild(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['tsx', 'server/admin/main.ts', ...argv], {
			cwd: path.resolve(import.meta.dirname, '../..'),
			env: { ...process.env, DATABASE_URL: '', ...env },
		})
		let out = ''
		let err = ''
		child.stdout.on('data', (d) => {
			out += d
		})
		child.stderr.on('data', (d) => {
			err += d
		})
		child.on('error', reject)
		child.on('close', (code) => resolve({ code: code ?? -1, out, err }))
	})
}

/** Keys `k0 … k(n-1)` of the map, exactly (a consistent copy of in-order edits holds a prefix of them). */
function editPrefixLength(map: Y.Map<unknown>): number {
	const keys = [...map.keys()].filter((k) => /^k\d+$/.test(k))
	for (let i = 0; i < keys.length; i++) if (!map.has(`k${i}`)) return -1
	return keys.length
}

describe('admin CLI: backup and restore', () => {
	it(
		'backs up a live board while a client edits it (a child process), and the restore serves it whole on a fresh data directory',
		async () => {
			const live = await server()
			const { id, token } = await createBoardWithToken(live.url, '备份中的看板')
			const viewer = await createLink(live.url, id, { role: 'viewer', label: '大屏' })
			const a = connectClient(live.port, id)
			cleanups.push(() => a.destroy())
			await whenSynced(a)
			const map = a.doc.getMap<string>('test')
			map.set('before', 'yes')
			// A second client seeing it means the server has stored it (stored before relayed).
			const b = connectClient(live.port, id)
			cleanups.push(() => b.destroy())
			await whenDoc(b.doc, () => b.doc.getMap('test').get('before') === 'yes')

			let n = 0
			const editing = setInterval(() => {
				map.set(`k${n}`, `edit ${n} ${'x'.repeat(2000)}`)
				n++
			}, 5)
			cleanups.push(() => clearInterval(editing))
			await whenDoc(b.doc, () => b.doc.getMap('test').has('k20'))
			const editsBefore = n
			const file = path.join(dataDir(), 'niudai-backup.sqlite')
			const backup = await adminChild(['backup', file, '--data-dir', live.dataDir])
			const editsAfter = n
			clearInterval(editing)
			expect(backup.err).toBe('')
			expect(backup.code).toBe(EXIT.ok)
			expect(editsAfter - editsBefore).toBeGreaterThan(10)
			expect(backup.out).toMatch(
				/Backup written to .*niudai-backup\.sqlite: [\d.]+ (KB|MB), 1 boards \(1 live, 0 in the trash\)/,
			)
			expect(backup.out).toContain('Files carried with it: ballot-secret.')
			expect(fs.statSync(file).mode & 0o777).toBe(0o600)

			const fresh = dataDir()
			const restore = await admin(['restore', file, '--data-dir', fresh])
			expect(restore.err).toBe('')
			expect(restore.code).toBe(EXIT.ok)
			expect(restore.out).toContain('There was no database here before.')
			expect(fs.readFileSync(path.join(fresh, 'ballot-secret'))).toEqual(
				fs.readFileSync(path.join(live.dataDir, 'ballot-secret')),
			)

			const restored = await server({ dataDir: fresh })
			const c = connectClient(restored.port, id, undefined, token)
			cleanups.push(() => c.destroy())
			await whenSynced(c)
			const copy = c.doc.getMap('test')
			expect(copy.get('before')).toBe('yes')
			// One consistent moment: the edits up to some point, none missing before it.
			const kept = editPrefixLength(copy)
			expect(kept).toBeGreaterThanOrEqual(editsBefore)
			expect(kept).toBeLessThanOrEqual(editsAfter)
			expect(c.doc.getMap('records').has('document:document')).toBe(true)
			expect(c.doc.getMap('records').size).toBe(a.doc.getMap('records').size)
			const asViewer = await fetch(`${restored.url}/api/boards/${id}`, { headers: bearer(viewer.token) })
			expect(asViewer.status).toBe(200)
			expect(await asViewer.json()).toMatchObject({ title: '备份中的看板', role: 'viewer' })
		},
		CHILD_PROCESS_TEST_MS,
	)

	it('restore is refused while a server holds the data directory (exit 3, nothing changed) and works once it stopped', async () => {
		const running = await server()
		const { id, token } = await createBoardWithToken(running.url, '原来的看板')
		const file = path.join(dataDir(), 'backup.sqlite')
		expect((await admin(['backup', file, '--data-dir', running.dataDir])).code).toBe(EXIT.ok)
		const before = fs.readdirSync(running.dataDir).sort()

		const refused = await admin(['restore', file, '--data-dir', running.dataDir])
		expect(refused.code).toBe(EXIT.locked)
		expect(refused.err).toContain(
			`restore refused: ${running.dataDir} is in use by another Niudai server (pid ${process.pid}`,
		)
		expect(refused.err).toContain('Stop it first')
		expect(fs.readdirSync(running.dataDir).sort()).toEqual(before)
		// A second server on the same data directory is refused alike.
		await expect(startTestServer({ dataDir: running.dataDir })).rejects.toThrow(/in use by another Niudai server/)

		await running.close()
		// As if the server had been killed: its lock stays behind, naming a process that is gone.
		const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString()
		fs.writeFileSync(
			path.join(running.dataDir, 'server.lock'),
			JSON.stringify({ pid: Number(gone), hostname: os.hostname(), startedAt: 1, holder: 'server' }),
		)
		const done = await admin(['restore', file, '--data-dir', running.dataDir])
		expect(done.err).toBe('')
		expect(done.code).toBe(EXIT.ok)
		expect(done.out).toContain(`A lock left by pid ${gone} (no longer running) was taken over.`)
		expect(done.out).toMatch(
			/Kept what was there before: niudai\.sqlite\.before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ/,
		)
		const kept = fs.readdirSync(running.dataDir).filter((f) => f.startsWith('niudai.sqlite.before-restore-'))
		expect(kept.length).toBe(1)
		expect(fs.existsSync(path.join(running.dataDir, 'server.lock'))).toBe(false)

		const again = await server({ dataDir: running.dataDir })
		const res = await fetch(`${again.url}/api/boards/${id}`, { headers: bearer(token) })
		expect(res.status).toBe(200)
		expect(await res.json()).toMatchObject({ title: '原来的看板' })
	})

	it('restore refuses a file that is not a Niudai backup, or is damaged, before changing anything', async () => {
		const target = dataDir()
		const storage = new SqliteStorage(target)
		await storage.createBoard(
			{ id: 'keepMe000001', title: '留着', createdAt: 1, updatedAt: 1, deletedAt: null },
			new Uint8Array([0, 0]),
		)
		await storage.close()
		const before = fs.readdirSync(target).sort()
		const other = path.join(dataDir(), 'other.sqlite')
		const Database = (await import('better-sqlite3')).default
		const db = new Database(other)
		db.exec('CREATE TABLE notes (x TEXT)')
		db.close()
		const notNiudai = await admin(['restore', other, '--data-dir', target])
		expect(notNiudai.code).toBe(EXIT.failed)
		expect(notNiudai.err).toContain(
			'is not a Niudai backup: it has no boards, snapshots, updates, assets, share_links, versions table',
		)

		const text = path.join(dataDir(), 'text.sqlite')
		fs.writeFileSync(text, 'hello, not a database at all '.repeat(200))
		const garbage = await admin(['restore', text, '--data-dir', target])
		expect(garbage.code).toBe(EXIT.failed)
		expect(garbage.err).toMatch(/not a Niudai backup|cannot be opened|damaged/)

		const good = path.join(dataDir(), 'good.sqlite')
		expect((await admin(['backup', good, '--data-dir', target])).code).toBe(EXIT.ok)
		const bytes = fs.readFileSync(good)
		// Damage the pages after the first: the header still says SQLite.
		bytes.fill(0xa5, 4096 + 100, bytes.length)
		const damaged = path.join(dataDir(), 'damaged.sqlite')
		fs.writeFileSync(damaged, bytes)
		const broken = await admin(['restore', damaged, '--data-dir', target])
		expect(broken.code).toBe(EXIT.failed)
		expect(fs.readdirSync(target).sort()).toEqual(before)
	})
})

/** A live board, one trashed 40 days ago and one trashed yesterday, each with two links (one active), a version, an asset and a log entry. */
async function fillBoards(storage: Storage): Promise<void> {
	const now = Date.now()
	const rows = [
		{ id: 'liveBoard0001', title: '社区菜园', deletedAt: null },
		{ id: 'oldTrash00001', title: '旧的活动', deletedAt: now - 40 * DAY },
		{ id: 'newTrash00001', title: '昨天删的', deletedAt: now - DAY },
	]
	for (const r of rows) {
		await storage.createBoard({ ...r, createdAt: now - 50 * DAY, updatedAt: now - 45 * DAY }, new Uint8Array([0, 0]))
		await storage.appendUpdates(r.id, [new Uint8Array(500)])
		await storage.putAsset(r.id, { id: 'a1', mime: 'image/png', name: 'p.png', data: new Uint8Array(2000) })
		for (const [i, revokedAt] of [null, now - DAY].entries()) {
			await storage.createLink({
				id: `${r.id}-link${i}`,
				boardId: r.id,
				role: 'editor',
				label: '',
				tokenHash: hashToken(`${r.id}-token-${i}`),
				createdAt: now - 50 * DAY + i,
				expiresAt: null,
				revokedAt,
				lastUsedAt: null,
			})
		}
		await storage.createVersion({
			id: `${r.id}-v1`,
			boardId: r.id,
			name: '',
			kind: 'manual',
			createdAt: now - 45 * DAY,
			createdBy: '',
			role: 'facilitator',
			recordCount: 1,
			shapeCount: 0,
			snapshot: new Uint8Array(100),
		})
	}
}

describe('admin CLI: purge-trash and list-boards', () => {
	/** A data directory with the three boards of fillBoards. */
	async function boards(): Promise<string> {
		const dir = dataDir()
		const storage = new SqliteStorage(dir)
		await fillBoards(storage)
		await storage.close()
		return dir
	}

	it('purge-trash --dry-run lists what is due and deletes nothing; without it, deletes those boards with everything stored for them', async () => {
		const dir = await boards()
		const dry = await admin(['purge-trash', '--older-than', '30d', '--dry-run', '--data-dir', dir])
		expect(dry.err).toBe('')
		expect(dry.code).toBe(EXIT.ok)
		expect(dry.out).toContain('1 of 2 boards in the trash were moved there before')
		expect(dry.out).toContain('(dry run: nothing is deleted)')
		expect(dry.out).toContain('oldTrash00001  "旧的活动"')
		expect(dry.out).not.toContain('newTrash00001')
		expect(dry.out).toContain('Would free 2.5 KB.')
		let storage = new SqliteStorage(dir)
		expect(await storage.getBoard('oldTrash00001')).not.toBeNull()
		await storage.close()

		const real = await admin(['purge-trash', '--older-than', '30d', '--data-dir', dir])
		expect(real.code).toBe(EXIT.ok)
		expect(real.out).toMatch(/oldTrash00001 .* deleted/)
		expect(real.out).toContain('Deleted 1 boards (2.5 KB).')
		storage = new SqliteStorage(dir)
		cleanups.push(() => storage.close())
		expect(await storage.getBoard('oldTrash00001')).toBeNull()
		expect(await storage.listLinks('oldTrash00001')).toEqual([])
		expect(await storage.listVersions('oldTrash00001')).toEqual([])
		expect(await storage.getAsset('oldTrash00001', 'a1')).toBeNull()
		expect(await storage.boardBytes('oldTrash00001')).toBe(0)
		for (const kept of ['liveBoard0001', 'newTrash00001']) {
			expect(await storage.getBoard(kept)).not.toBeNull()
			expect((await storage.listLinks(kept)).length).toBe(2)
			expect((await storage.loadDoc(kept)).updates.length).toBe(1)
		}
		// 12 hours catches yesterday's too; a live board never.
		expect((await admin(['purge-trash', '--older-than', '12h', '--data-dir', dir])).code).toBe(EXIT.ok)
		expect(await storage.getBoard('newTrash00001')).toBeNull()
		expect(await storage.getBoard('liveBoard0001')).not.toBeNull()
	})

	it('list-boards prints every board with its size, trash and links, and --json the same for scripts', async () => {
		const dir = await boards()
		const text = await admin(['list-boards', '--data-dir', dir])
		expect(text.code).toBe(EXIT.ok)
		const lines = text.out.split('\n')
		expect(lines[0]).toMatch(/^id\s+title\s+updated\s+size\s+trash\s+links$/)
		expect(lines[1]).toMatch(/^liveBoard0001\s+社区菜园\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\s+2\.5 KB\s+-\s+1\/2$/)
		expect(text.out).toMatch(/oldTrash00001\s+旧的活动\s+\S+\s+2\.5 KB\s+\d{4}-\d\d-\d\d\s+1\/2/)
		expect(lines.at(-1)).toBe('3 boards (1 live, 2 in the trash); links: active/all.')

		const json = await admin(['list-boards', '--json', '--data-dir', dir])
		expect(json.code).toBe(EXIT.ok)
		const listed = JSON.parse(json.out) as ListedBoard[]
		expect(listed.map((b) => b.id)).toEqual(['liveBoard0001', 'newTrash00001', 'oldTrash00001'])
		expect(listed[0]).toMatchObject({
			title: '社区菜园',
			trashedAt: null,
			bytes: 2 + 500 + 2000 + 100,
			links: 2,
			activeLinks: 1,
		})
		expect(listed[2].trashedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
	})
})

describe('admin CLI: admin token and arguments', () => {
	it('rotate-admin-token writes a new 0600 token, prints it once, and says a running server keeps the old one until restarted', async () => {
		const running = await server()
		const dir = running.dataDir
		const first = await admin(['rotate-admin-token', '--data-dir', dir])
		expect(first.code).toBe(EXIT.ok)
		const token = /^NIUDAI_ADMIN_TOKEN (\S+)$/m.exec(first.out)?.[1] ?? ''
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
		expect(fs.statSync(path.join(dir, 'admin-token')).mode & 0o777).toBe(0o600)
		expect(loadOrCreateAdminToken(dir, undefined)).toMatchObject({ token, source: 'file' })
		expect(first.out).toContain(
			`A server is running on this data directory (pid ${process.pid}): it keeps the old token until it is restarted.`,
		)
		await running.close()
		const second = await admin(['rotate-admin-token', '--data-dir', dir], { ADMIN_TOKEN: 'set-in-env' })
		const next = /^NIUDAI_ADMIN_TOKEN (\S+)$/m.exec(second.out)?.[1]
		expect(next).not.toBe(token)
		expect(loadOrCreateAdminToken(dir, undefined).token).toBe(next)
		expect(second.out).toContain('the next start uses the new one')
		expect(second.err).toContain('ADMIN_TOKEN is set in this environment')
	})

	it(
		'a wrong command, flag or argument exits 2 with a message saying what is wrong (as a child process too)',
		async () => {
			const dir = dataDir()
			const cases: [string[], RegExp][] = [
				[
					['frobnicate'],
					/Unknown command "frobnicate"\. Commands: backup, restore, purge-trash, rotate-admin-token, list-boards/,
				],
				[['backup', 'a.sqlite', '--bogus'], /backup: Unknown option '--bogus'/],
				[['backup'], /backup takes <file>, got none/],
				[['list-boards', 'extra'], /list-boards takes no arguments, got extra/],
				[['purge-trash'], /--older-than is required, e.g\. --older-than 30d/],
				[['purge-trash', '--older-than', 'soon'], /--older-than: "soon" is not a duration/],
				[['purge-trash', '--data-dir', dir, '--older-than'], /Option '--older-than <value>' argument missing/],
				[['list-boards', '--data-dir', ''], /--data-dir must not be empty/],
			]
			for (const [argv, message] of cases) {
				const r = await admin([...argv, ...(argv.includes('--data-dir') ? [] : ['--data-dir', dir])])
				expect(r.code, argv.join(' ')).toBe(EXIT.usage)
				expect(r.err, argv.join(' ')).toMatch(message)
			}
			const none = await admin([])
			expect(none.code).toBe(EXIT.usage)
			expect(none.err).toContain('Usage: npm run admin -- <command> [options]')

			const child = await adminChild(['purge-trash', '--older-than', '30 days', '--data-dir', dir])
			expect(child.code).toBe(EXIT.usage)
			expect(child.err).toContain('"30 days" is not a duration')
			const unknown = await adminChild(['frobnicate'])
			expect(unknown.code).toBe(EXIT.usage)
		},
		CHILD_PROCESS_TEST_MS,
	)

	it('--help explains each command and the exit codes', async () => {
		const general = await admin(['--help'])
		expect(general.code).toBe(EXIT.ok)
		expect(general.out).toContain('Exit codes: 0 done; 1 failed')
		for (const [command, usage] of [
			['backup', 'backup <file>'],
			['restore', 'restore <file>'],
			['purge-trash', 'purge-trash --older-than <duration> [--dry-run]'],
			['rotate-admin-token', 'rotate-admin-token'],
			['list-boards', 'list-boards [--json]'],
		]) {
			const r = await admin([command, '--help'])
			expect(r.code).toBe(EXIT.ok)
			expect(r.out).toContain(`Usage: npm run admin -- ${usage} [--data-dir <dir>]`)
			expect(r.out).toContain('3 refused: a server holds the data directory')
		}
	})

	it('with DATABASE_URL, backup and restore point to pg_dump and pg_restore (exit 2)', async () => {
		const env = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }
		const backup = await admin(['backup', 'x.sqlite'], env)
		expect(backup.code).toBe(EXIT.usage)
		expect(backup.err).toContain('Back them up with pg_dump')
		const restore = await admin(['restore', 'x.sqlite'], env)
		expect(restore.code).toBe(EXIT.usage)
		expect(restore.err).toContain('Restore them with pg_restore')
	})
})

describe.skipIf(!postgres)('admin CLI on PostgreSQL (DATABASE_URL)', () => {
	it('list-boards and purge-trash work through the same storage interface', async () => {
		const db = await createTestDatabase()
		cleanups.push(() => db.drop())
		const storage = await PostgresStorage.open(db.url)
		await fillBoards(storage)
		await storage.close()
		const env = { DATABASE_URL: db.url }

		const listed = await admin(['list-boards', '--json'], env)
		expect(listed.err).toBe('')
		expect(listed.code).toBe(EXIT.ok)
		const boards = JSON.parse(listed.out) as ListedBoard[]
		expect(boards.map((b) => [b.id, b.bytes, b.links, b.activeLinks])).toEqual([
			['liveBoard0001', 2602, 2, 1],
			['newTrash00001', 2602, 2, 1],
			['oldTrash00001', 2602, 2, 1],
		])

		const purged = await admin(['purge-trash', '--older-than', '30d'], env)
		expect(purged.code).toBe(EXIT.ok)
		expect(purged.out).toContain('Deleted 1 boards (2.5 KB).')
		const after = await PostgresStorage.open(db.url)
		cleanups.push(() => after.close())
		expect(await after.getBoard('oldTrash00001')).toBeNull()
		expect(await after.listLinks('oldTrash00001')).toEqual([])
		expect(await after.getBoard('newTrash00001')).not.toBeNull()
		expect(await after.getBoard('liveBoard0001')).not.toBeNull()
	})
})
