import { parentPort } from 'node:worker_threads'
import type { WorkerReply, WorkerRequest } from './workerProtocol'

/** What a job handler returns: the result, and the buffers to transfer rather than copy. */
export interface JobOutcome<R> {
	result: R
	transfer?: ArrayBuffer[]
}

/**
 * The worker side of a `WorkerPool`: answers each `run` message with `done` (what
 * `run` resolved to) or `failed` (the error it threw), one job at a time, and posts
 * `ready` now — call it once the worker's modules are loaded.
 */
export function serveWorkerJobs<P, R>(run: (payload: P) => Promise<JobOutcome<R>> | JobOutcome<R>): void {
	const port = parentPort
	if (!port) throw new Error('serveWorkerJobs must run in a worker thread')
	const reply = (message: WorkerReply<R>, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer)
	port.on('message', async (request: WorkerRequest<P>) => {
		if (request?.type !== 'run') return
		try {
			const outcome = await run(request.payload)
			reply({ type: 'done', id: request.id, result: outcome.result }, outcome.transfer)
		} catch (err) {
			const e = err instanceof Error ? err : new Error(String(err))
			reply({ type: 'failed', id: request.id, error: { name: e.name, message: e.message, stack: e.stack } })
		}
	})
	reply({ type: 'ready' })
}
