import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import net from 'node:net'
import pg from 'pg'

/** The PostgreSQL server tests create their databases on (trust auth on the CI machines). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** With CI=true a missing service fails the run instead of skipping its tests. */
const REQUIRED = process.env.CI === 'true'

const said = new Set<string>()

/** Says once, visibly, why tests are skipped; with CI=true throws instead. */
function unavailable(service: string, why: string): false {
	const line = `${service} unavailable (${why}): its tests are skipped`
	if (REQUIRED) throw new Error(`CI=true and ${line.replace(': its tests are skipped', '')}`)
	if (!said.has(service)) {
		said.add(service)
		console.warn(`[niudai tests] ${line}`)
	}
	return false
}

/** True when the test PostgreSQL server answers. */
export async function postgresAvailable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 })
	try {
		await client.connect()
		await client.query('SELECT 1')
		return true
	} catch (err) {
		return unavailable('PostgreSQL', `${TEST_POSTGRES_URL}: ${(err as Error).message}`)
	} finally {
		await client.end().catch(() => {})
	}
}

/** URL of `url`'s server with another database name. */
function withDatabase(url: string, name: string): string {
	const u = new URL(url)
	u.pathname = `/${name}`
	return u.toString()
}

/** A fresh, empty database on the test server; `drop()` removes it (and ends its connections). */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
	const name = `niudai_test_${crypto.randomBytes(6).toString('hex')}`
	const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL })
	await admin.connect()
	try {
		await admin.query(`CREATE DATABASE ${name}`)
	} finally {
		await admin.end()
	}
	return {
		name,
		url: withDatabase(TEST_POSTGRES_URL, name),
		async drop() {
			const c = new pg.Client({ connectionString: TEST_POSTGRES_URL })
			await c.connect()
			try {
				await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
			} finally {
				await c.end()
			}
		},
	}
}

/** True when `redis-server` can be started here. */
export function redisServerAvailable(): boolean {
	const r = spawnSync('redis-server', ['--version'], { encoding: 'utf8' })
	if (r.status === 0) return true
	return unavailable('Redis', 'redis-server is not installed')
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer()
		srv.once('error', reject)
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address()
			const port = typeof address === 'object' && address ? address.port : 0
			srv.close(() => resolve(port))
		})
	})
}

/** Resolves once something accepts connections on `port`. */
async function whenListening(port: number, timeoutMs = 5000): Promise<void> {
	const until = Date.now() + timeoutMs
	for (;;) {
		const ok = await new Promise<boolean>((resolve) => {
			const s = net.connect(port, '127.0.0.1')
			s.once('connect', () => {
				s.destroy()
				resolve(true)
			})
			s.once('error', () => resolve(false))
		})
		if (ok) return
		if (Date.now() > until) throw new Error(`nothing listens on ${port} after ${timeoutMs} ms`)
		await new Promise((r) => setTimeout(r, 50))
	}
}

/** A redis-server of the test's own, on a free port, without persistence. */
export interface TestRedis {
	url: string
	port: number
	/** Stops it (SIGKILL: as if the machine lost it). */
	stop(): Promise<void>
	/** Starts it again on the same port (empty). */
	start(): Promise<void>
}

export async function startTestRedis(): Promise<TestRedis> {
	const port = await freePort()
	let child: ChildProcess | null = null
	const start = async () => {
		child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
			stdio: 'ignore',
		})
		await whenListening(port)
	}
	const stop = async () => {
		const c = child
		child = null
		if (!c || c.exitCode !== null) return
		await new Promise<void>((resolve) => {
			c.once('exit', () => resolve())
			c.kill('SIGKILL')
		})
	}
	await start()
	return { url: `redis://127.0.0.1:${port}`, port, stop, start }
}

/** A TCP proxy in front of a server, that a test can cut (every connection dropped, new ones refused) and restore. */
export interface CuttableProxy {
	port: number
	/** The URL `url` with its host and port replaced by the proxy's. */
	via(url: string): string
	cut(): void
	/** Stops forwarding without closing anything: the server behind it seems to hang. */
	freeze(): void
	restore(): void
	close(): Promise<void>
}

export async function startProxy(targetHost: string, targetPort: number): Promise<CuttableProxy> {
	const open = new Set<net.Socket>()
	const pairs = new Set<[net.Socket, net.Socket]>()
	let down = false
	let frozen = false
	const server = net.createServer((inbound) => {
		if (down) {
			inbound.destroy()
			return
		}
		if (frozen) {
			open.add(inbound)
			inbound.once('close', () => open.delete(inbound))
			inbound.on('error', () => {})
			inbound.pause()
			return
		}
		const outbound = net.connect(targetPort, targetHost)
		const pair: [net.Socket, net.Socket] = [inbound, outbound]
		pairs.add(pair)
		inbound.once('close', () => pairs.delete(pair))
		for (const s of [inbound, outbound]) {
			open.add(s)
			s.once('close', () => open.delete(s))
			s.on('error', () => {})
		}
		inbound.pipe(outbound)
		outbound.pipe(inbound)
		inbound.once('close', () => outbound.destroy())
		outbound.once('close', () => inbound.destroy())
	})
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
	const address = server.address()
	const port = typeof address === 'object' && address ? address.port : 0
	return {
		port,
		via(url) {
			const u = new URL(url)
			u.hostname = '127.0.0.1'
			u.port = String(port)
			return u.toString()
		},
		cut() {
			down = true
			for (const s of open) s.destroy()
		},
		freeze() {
			frozen = true
			for (const [inbound, outbound] of pairs) {
				inbound.unpipe(outbound)
				outbound.unpipe(inbound)
				inbound.pause()
				outbound.pause()
			}
		},
		restore() {
			down = false
			frozen = false
		},
		close() {
			down = true
			for (const s of open) s.destroy()
			return new Promise((resolve) => server.close(() => resolve()))
		},
	}
}
