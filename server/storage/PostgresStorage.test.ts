import { describe, expect, it } from 'vitest'
import { createTestDatabase, postgresAvailable } from '../test/services'
import { PostgresStorage } from './PostgresStorage'
import { storageSuite } from './storageSuite'

const available = await postgresAvailable()

storageSuite(
	'PostgresStorage',
	{
		async open() {
			const db = await createTestDatabase()
			return {
				storage: await PostgresStorage.open(db.url),
				reopen: () => PostgresStorage.open(db.url),
				cleanup: () => db.drop(),
			}
		},
	},
	!available,
)

describe.skipIf(!available)('PostgresStorage connections', () => {
	it("survives a connection that is terminated while its client is checked out (no unhandled 'error')", async () => {
		const db = await createTestDatabase()
		const storage = await PostgresStorage.open(db.url)
		try {
			const client = await storage.pool.connect()
			const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
			const admin = await storage.pool.connect()
			await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid])
			admin.release()
			// The FATAL message and the connection's end arrive as 'error' events on the checked-out
			// client, which nobody listens to here: without the pool's own listener they would throw.
			await new Promise<void>((resolve) => client.once('end', () => resolve()))
			expect(() => client.emit('error', new Error('late error after release'))).not.toThrow()
			client.release(true)
			expect((await storage.pool.query('SELECT 1 AS one')).rows[0].one).toBe(1)
		} finally {
			await storage.close()
			await db.drop()
		}
	})
})
