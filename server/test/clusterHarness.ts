import { afterAll, afterEach, beforeAll } from 'vitest'
import type { RunningServer, ServerOptions } from '../createServer'
import { createTestDatabase, startTestRedis, type TestRedis } from './services'
import { startTestServer } from './testServer'

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>

/** What a cluster test suite shares: one test database, one test Redis, nodes on them, cleanups per test. */
export interface ClusterHarness {
	readonly db: TestDatabase
	readonly redis: TestRedis
	/** Run after each test, last added first (sockets, clients, nodes). */
	readonly cleanups: (() => unknown)[]
	/** A node on the suite's database and Redis (options may override either), closed after the test. */
	node(opts?: Partial<ServerOptions>): Promise<RunningServer>
}

/**
 * Call inside a `describe`: creates the suite's PostgreSQL database and starts its Redis
 * before the tests, runs the cleanups after each test, and drops both after the suite.
 */
export function clusterHarness(): ClusterHarness {
	let db: TestDatabase | undefined
	let redis: TestRedis | undefined
	const cleanups: (() => unknown)[] = []
	beforeAll(async () => {
		db = await createTestDatabase()
		redis = await startTestRedis()
	})
	afterAll(async () => {
		await redis?.stop()
		await db?.drop()
	})
	afterEach(async () => {
		for (const c of cleanups.splice(0).reverse()) await c()
	})
	const started = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`the cluster harness's ${what} is not started yet`)
		return value
	}
	return {
		get db() {
			return started(db, 'database')
		},
		get redis() {
			return started(redis, 'Redis')
		},
		cleanups,
		async node(opts = {}) {
			const server = await startTestServer({
				databaseUrl: started(db, 'database').url,
				redisUrl: started(redis, 'Redis').url,
				...opts,
			})
			cleanups.push(() => server.close())
			return server
		},
	}
}
