import { describe, expect, it } from 'vitest'
import { readiness } from './readiness'

describe('readiness', () => {
	const answering = { ping: () => Promise.resolve() }

	it('is ready when storage answers and the server is not shutting down', async () => {
		expect(await readiness({ storage: answering, shuttingDown: () => false })).toEqual({ ready: true })
	})

	it('is shutting_down first, without asking storage', async () => {
		let asked = false
		const storage = {
			ping: () => {
				asked = true
				return Promise.resolve()
			},
		}
		expect(await readiness({ storage, shuttingDown: () => true })).toMatchObject({
			ready: false,
			reason: 'shutting_down',
		})
		expect(asked).toBe(false)
	})

	it('is storage_unavailable when the ping fails or does not answer in time, keeping the error for the log', async () => {
		const failing = { ping: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432')) }
		const failed = await readiness({ storage: failing, shuttingDown: () => false })
		expect(failed).toMatchObject({ ready: false, reason: 'storage_unavailable', message: 'Storage is not reachable' })
		expect(failed.ready === false && failed.message).not.toContain('10.0.0.5')
		const hanging = { ping: () => new Promise<void>(() => {}) }
		const started = Date.now()
		const late = await readiness({ storage: hanging, shuttingDown: () => false, timeoutMs: 50 })
		expect(late).toMatchObject({ ready: false, reason: 'storage_unavailable' })
		expect(Date.now() - started).toBeLessThan(2000)
	})
})
