import { describe, expect, it } from 'vitest'
import { createImportWorkerPool } from '../import/importInWorker'
import type { ImportJob } from '../import/importJob'
import { WorkerBusyError, WorkerCrashedError, WorkerOutOfMemoryError, WorkerTimeoutError } from '../workers/WorkerPool'

const FAULTY_WORKER = new URL('./importWorkerFaulty.mjs', import.meta.url)

function csv(text: string): ImportJob {
	return { kind: 'csv', list: 'needs', data: new TextEncoder().encode(text) }
}

const GOOD = '名称,服务对象,紧迫程度\r\n助餐,老年人,高\r\n'

function warnings(): { warn(obj: object, msg: string): void; messages: string[] } {
	const messages: string[] = []
	return { messages, warn: (_obj, msg) => messages.push(msg) }
}

describe('the import worker: a file that kills or hangs it is an error, never the server', () => {
	it('out of memory, a crash and a hang each reject their file; the next file is read by a new worker', async () => {
		const log = warnings()
		const pool = createImportWorkerPool({
			workerUrl: FAULTY_WORKER,
			timeoutMs: 1500,
			startTimeoutMs: 20_000,
			resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
			logger: log,
		})
		try {
			const ok = await pool.run(csv(GOOD))
			expect(ok).toMatchObject({ ok: true, kind: 'list' })

			const oom = await pool.run(csv('oom')).catch((e: unknown) => e)
			expect(oom).toBeInstanceOf(WorkerOutOfMemoryError)
			expect((oom as Error).message).toBe('Reading the imported file ran out of memory (the limit is 48 MB)')

			const crash = await pool.run(csv('crash')).catch((e: unknown) => e)
			expect(crash).toBeInstanceOf(WorkerCrashedError)

			const started = Date.now()
			const hang = await pool.run(csv('hang')).catch((e: unknown) => e)
			expect(hang).toBeInstanceOf(WorkerTimeoutError)
			expect((hang as Error).message).toMatch(/took longer than 2 s/)
			expect(Date.now() - started).toBeGreaterThanOrEqual(1400)

			expect(await pool.run(csv(GOOD))).toMatchObject({ ok: true, kind: 'list' })
			expect(pool.inProcess).toBe(false)
			expect(log.messages).toEqual([
				expect.stringContaining('ran out of memory'),
				expect.stringContaining('crashed; the job failed'),
			])
		} finally {
			await pool.close()
		}
	})

	it('refuses a file when too many wait (WorkerBusyError)', async () => {
		const pool = createImportWorkerPool({
			workerUrl: FAULTY_WORKER,
			timeoutMs: 1500,
			startTimeoutMs: 20_000,
			maxQueue: 1,
		})
		try {
			// Once the worker is up, the hung file runs and one more may wait.
			await pool.run(csv(GOOD))
			const hung = pool.run(csv('hang')).catch((e: unknown) => e)
			const queued = pool.run(csv(GOOD))
			await expect(pool.run(csv(GOOD))).rejects.toBeInstanceOf(WorkerBusyError)
			expect(await hung).toBeInstanceOf(WorkerTimeoutError)
			expect(await queued).toMatchObject({ ok: true })
		} finally {
			await pool.close()
		}
	})
})
