/**
 * The Word export worker thread (loaded by docxWorker.mjs): builds 项目计划书 .docx
 * files (and 会议纪要 with `minutesToDocx`) with `planToDocx` for `DocxWorkerPool` in docxInWorker.ts, through
 * `serveWorkerJobs` (ready once planToDocx is loaded; each file's bytes are transferred,
 * not copied).
 */
import { serveWorkerJobs } from '../workers/serveWorkerJobs'
import type { DocxWorkerJob } from './docxWorkerProtocol'
import { minutesToDocx } from './minutesToDocx'
import { planToDocx } from './planToDocx'

serveWorkerJobs<DocxWorkerJob, ArrayBuffer>(async (job) => {
	let bytes: Uint8Array
	if ('minutes' in job) bytes = await minutesToDocx(job.minutes)
	else {
		const { plan, ...opts } = job
		bytes = await planToDocx(plan, opts)
	}
	// Transfer the result's memory when the array owns all of it; otherwise copy it once into one that does.
	const owned =
		bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
			? bytes
			: new Uint8Array(bytes)
	const data = owned.buffer as ArrayBuffer
	return { result: data, transfer: [data] }
})
