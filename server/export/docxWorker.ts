/**
 * The Word export worker thread (loaded by docxWorker.mjs): builds 项目计划书 .docx
 * files with `planToDocx`, one job at a time, for `DocxWorkerPool` in docxInWorker.ts.
 * Posts `ready` once planToDocx is loaded, then answers each `build` message with
 * `done` (the file's bytes, transferred, not copied) or `failed` (the error).
 */
import { parentPort } from 'node:worker_threads'
import type { DocxWorkerReply, DocxWorkerRequest } from './docxWorkerProtocol'
import { planToDocx } from './planToDocx'

const port = parentPort
if (!port) throw new Error('docxWorker.ts must run in a worker thread')

function reply(message: DocxWorkerReply, transfer: ArrayBuffer[] = []): void {
	port?.postMessage(message, transfer)
}

port.on('message', async (request: DocxWorkerRequest) => {
	if (request.type !== 'build') return
	try {
		const bytes = await planToDocx(request.plan, { lang: request.lang, canvasPng: request.canvasPng })
		// Transfer the result's memory when the array owns all of it; otherwise copy it once into one that does.
		const owned =
			bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
				? bytes
				: new Uint8Array(bytes)
		const data = owned.buffer as ArrayBuffer
		reply({ type: 'done', id: request.id, data }, [data])
	} catch (err) {
		const e = err instanceof Error ? err : new Error(String(err))
		reply({ type: 'failed', id: request.id, error: { name: e.name, message: e.message, stack: e.stack } })
	}
})

reply({ type: 'ready' })
