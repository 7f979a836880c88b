import { describe, expect, it } from 'vitest'
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, shutdownTimeoutFromEnv, shutdownWithDeadline } from './shutdownWithDeadline'

describe('shutdownWithDeadline', () => {
	it('is done when every step finishes before the deadline', async () => {
		const outcome = await shutdownWithDeadline(async (onStep) => {
			onStep('flushing')
			await Promise.resolve()
			onStep('closing storage')
		}, 1000)
		expect(outcome.kind).toBe('done')
	})

	it('names the step that was still running when the deadline passed', async () => {
		const outcome = await shutdownWithDeadline((onStep) => {
			onStep('flushing')
			onStep('waiting for 1 sync sockets to answer the close')
			return new Promise<void>(() => {})
		}, 30)
		expect(outcome).toMatchObject({ kind: 'timedOut', step: 'waiting for 1 sync sockets to answer the close' })
		expect(outcome.ms).toBeGreaterThanOrEqual(25)
	})

	it('names the step that failed, thrown or rejected', async () => {
		const rejected = await shutdownWithDeadline(async (onStep) => {
			onStep('closing storage')
			throw new Error('disk gone')
		}, 1000)
		expect(rejected).toMatchObject({ kind: 'failed', step: 'closing storage' })
		const thrown = await shutdownWithDeadline(() => {
			throw new Error('at once')
		}, 1000)
		expect(thrown).toMatchObject({ kind: 'failed', step: 'starting' })
	})
})

describe('shutdownTimeoutFromEnv', () => {
	it('defaults to ten seconds and reads a positive integer', () => {
		expect(shutdownTimeoutFromEnv(undefined)).toBe(DEFAULT_SHUTDOWN_TIMEOUT_MS)
		expect(shutdownTimeoutFromEnv('')).toBe(10_000)
		expect(shutdownTimeoutFromEnv('2500')).toBe(2500)
	})

	it('refuses anything else with the variable named', () => {
		for (const raw of ['0', '-1', '1.5', 'ten'])
			expect(() => shutdownTimeoutFromEnv(raw)).toThrow(/SHUTDOWN_TIMEOUT_MS/)
	})
})
