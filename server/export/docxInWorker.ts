/**
 * Builds the Word 项目计划书 off the event loop. `planToDocx` on a 1,000-card board takes
 * well over a second of CPU; run on the server's thread it would stall every room's
 * sync while someone exports. `docxInWorker` hands the build to one long-lived worker
 * thread (started on the first export) and resolves with the same bytes.
 *
 * - One worker, one build at a time; further exports wait in a queue.
 * - The worker is unreferenced while idle, so it never keeps a process alive.
 * - A build that takes longer than `timeoutMs` rejects with `DocxTimeoutError` and the
 *   worker is replaced (terminated; a new one starts for the next export).
 * - A worker that crashes during a build is replaced; that build is done in-process
 *   instead (except when the worker ran out of memory: that rejects, rather than
 *   risk the server's own heap).
 * - A worker that cannot start (e.g. tsx missing) switches the pool to building
 *   in-process for good, with one warning in the log. An export never fails because
 *   of the worker itself.
 *
 * The worker plumbing is `WorkerPool` (server/workers/), shared with the imports.
 */
import type { PlanDocument } from '../../shared/export/planBlocks'
import type { Plan } from '../../shared/plan/planTypes'
import { WorkerPool, type WorkerPoolLogger, WorkerTimeoutError } from '../workers/WorkerPool'
import { workerEntryUrl } from '../workers/workerEntryUrl'
import type { DocxWorkerJob } from './docxWorkerProtocol'
import { minutesToDocx } from './minutesToDocx'
import { type PlanToDocxOptions, planToDocx } from './planToDocx'

/** The worker's entry point: from the sources a loader of the TypeScript worker through tsx, in the build the bundled worker. */
export const DOCX_WORKER_URL = workerEntryUrl(import.meta.url, 'docxWorker')

/** The longest a build may take in the worker before it is given up. */
export const DOCX_TIMEOUT_MS = 60_000

const WHAT = 'Building the Word file'

/** A Word export that did not finish in time. */
export class DocxTimeoutError extends WorkerTimeoutError {
	constructor(timeoutMs: number) {
		super(WHAT, timeoutMs)
		this.name = 'DocxTimeoutError'
	}
}

/** Where a `DocxWorkerPool` reports trouble (the server's pino logger fits). */
export type DocxWorkerLogger = WorkerPoolLogger

/** Options of a `DocxWorkerPool`. */
export interface DocxWorkerPoolOptions {
	/** The worker script (default: DOCX_WORKER_URL). */
	workerUrl?: URL
	/** Time limit of one build in the worker (default: DOCX_TIMEOUT_MS). */
	timeoutMs?: number
	/** Time limit of a worker's start, until it has loaded planToDocx (default: DOCX_TIMEOUT_MS). */
	startTimeoutMs?: number
	/** Where warnings go (default: a logger at LOG_LEVEL). */
	logger?: DocxWorkerLogger
}

/** A pool of one worker thread building Word files, with a queue (a `WorkerPool`). */
export class DocxWorkerPool {
	private readonly pool: WorkerPool<DocxWorkerJob, ArrayBuffer>

	constructor(options: DocxWorkerPoolOptions = {}) {
		this.pool = new WorkerPool<DocxWorkerJob, ArrayBuffer>({
			workerUrl: options.workerUrl ?? DOCX_WORKER_URL,
			name: 'niudai-docx',
			what: WHAT,
			timeoutMs: options.timeoutMs ?? DOCX_TIMEOUT_MS,
			startTimeoutMs: options.startTimeoutMs ?? DOCX_TIMEOUT_MS,
			logger: options.logger,
			runInProcess: async (job) => {
				const bytes = 'minutes' in job ? await minutesToDocx(job.minutes) : await buildInProcess(job.plan, job)
				return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
			},
			// planToDocx is trusted code on our own plan: a crash is the worker's, not the plan's.
			rerunCrashedInProcess: true,
			timeoutError: (ms) => new DocxTimeoutError(ms),
		})
	}

	/** True once the pool has given up on workers and builds in-process. */
	get inProcess(): boolean {
		return this.pool.inProcess
	}

	/** The same file as `planToDocx(plan, opts)`, built in the worker. */
	async build(plan: Plan, opts: PlanToDocxOptions): Promise<Buffer> {
		return Buffer.from(
			await this.pool.run({
				plan,
				lang: opts.lang,
				pictures: opts.pictures ? [...opts.pictures] : undefined,
				canvasPng: opts.canvasPng,
				contactPhone: opts.contactPhone,
			}),
		)
	}

	/** The 会议纪要 `minutes` as a Word file (`minutesToDocx`), built in the worker. */
	async buildMinutes(minutes: PlanDocument): Promise<Buffer> {
		return Buffer.from(await this.pool.run({ minutes }))
	}

	/**
	 * Terminates the worker (the server is shutting down). Builds in progress or
	 * queued are rejected. A later `build` starts a new worker.
	 */
	close(): Promise<void> {
		return this.pool.close()
	}
}

async function buildInProcess(plan: Plan, opts: PlanToDocxOptions): Promise<Buffer> {
	const bytes = await planToDocx(plan, opts)
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

let shared: DocxWorkerPool | null = null

/**
 * `planToDocx(plan, opts)` in the shared worker thread, as a Buffer (the same file,
 * built off the event loop). Rejects with `DocxTimeoutError` when the build takes
 * longer than DOCX_TIMEOUT_MS, and with planToDocx's own error when it throws.
 */
export function docxInWorker(plan: Plan, opts: PlanToDocxOptions): Promise<Buffer> {
	shared ??= new DocxWorkerPool()
	return shared.build(plan, opts)
}

/** `minutesToDocx(minutes)` in the shared worker thread, as a Buffer; rejects like `docxInWorker`. */
export function minutesDocxInWorker(minutes: PlanDocument): Promise<Buffer> {
	shared ??= new DocxWorkerPool()
	return shared.buildMinutes(minutes)
}

/** Terminates the shared worker (called when the server closes); a later export starts a new one. */
export async function closeDocxWorker(): Promise<void> {
	await shared?.close()
}
