/**
 * The import worker thread (loaded by importWorker.mjs): reads import files with
 * `runImportJob` for importInWorker.ts, through `serveWorkerJobs`. A new board's
 * documents are transferred, not copied.
 */
import { serveWorkerJobs } from '../workers/serveWorkerJobs'
import { type ImportJob, type ImportOutcome, runImportJob } from './importJob'

/** The buffers a result owns whole, which can be moved to the main thread instead of copied. */
function transferable(outcome: ImportOutcome): ArrayBuffer[] {
	if (!outcome.ok || outcome.kind !== 'board') return []
	const docs: unknown = outcome.docs
	const arrays = docs instanceof Uint8Array ? [docs] : Object.values(docs as object)
	const buffers = new Set<ArrayBuffer>()
	for (const a of arrays) {
		if (
			a instanceof Uint8Array &&
			a.buffer instanceof ArrayBuffer &&
			a.byteOffset === 0 &&
			a.byteLength === a.buffer.byteLength
		) {
			buffers.add(a.buffer)
		}
	}
	return [...buffers]
}

serveWorkerJobs<ImportJob, ImportOutcome>(async (job) => {
	const result = await runImportJob(job)
	return { result, transfer: transferable(result) }
})
