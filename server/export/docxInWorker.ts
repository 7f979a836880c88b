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
 */
import { Worker } from 'node:worker_threads'
import type { Plan } from '../../shared/plan/planTypes'
import { createLogger } from '../logger'
import type { DocxWorkerReply, DocxWorkerRequest } from './docxWorkerProtocol'
import { type PlanToDocxOptions, planToDocx } from './planToDocx'

/** The worker's entry point: a JavaScript file that loads the TypeScript worker through tsx. */
export const DOCX_WORKER_URL = new URL('./docxWorker.mjs', import.meta.url)

/** The longest a build may take in the worker before it is given up. */
export const DOCX_TIMEOUT_MS = 60_000

/** A Word export that did not finish in time. */
export class DocxTimeoutError extends Error {
	constructor(readonly timeoutMs: number) {
		super(`Building the Word file took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`)
		this.name = 'DocxTimeoutError'
	}
}

/** Where a `DocxWorkerPool` reports trouble (the server's pino logger fits). */
export interface DocxWorkerLogger {
	warn(obj: object, msg: string): void
}

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

interface Job {
	id: number
	plan: Plan
	opts: PlanToDocxOptions
	resolve: (data: Buffer) => void
	reject: (err: unknown) => void
}

/** A pool of one worker thread building Word files, with a queue. */
export class DocxWorkerPool {
	private readonly workerUrl: URL
	private readonly timeoutMs: number
	private readonly startTimeoutMs: number
	private readonly logger: DocxWorkerLogger
	private worker: Worker | null = null
	private ready = false
	private startTimer: NodeJS.Timeout | null = null
	private queue: Job[] = []
	private current: { job: Job; timer: NodeJS.Timeout } | null = null
	private nextId = 1
	/** Set once a worker could not start: every build is done in-process from then on. */
	private disabled = false

	constructor(options: DocxWorkerPoolOptions = {}) {
		this.workerUrl = options.workerUrl ?? DOCX_WORKER_URL
		this.timeoutMs = options.timeoutMs ?? DOCX_TIMEOUT_MS
		this.startTimeoutMs = options.startTimeoutMs ?? DOCX_TIMEOUT_MS
		this.logger = options.logger ?? createLogger()
	}

	/** True once the pool has given up on workers and builds in-process. */
	get inProcess(): boolean {
		return this.disabled
	}

	/** The same file as `planToDocx(plan, opts)`, built in the worker. */
	build(plan: Plan, opts: PlanToDocxOptions): Promise<Buffer> {
		if (this.disabled) return buildInProcess(plan, opts)
		return new Promise<Buffer>((resolve, reject) => {
			this.queue.push({ id: this.nextId++, plan, opts, resolve, reject })
			this.pump()
		})
	}

	/**
	 * Terminates the worker (the server is shutting down). Builds in progress or
	 * queued are rejected. A later `build` starts a new worker.
	 */
	async close(): Promise<void> {
		const worker = this.worker
		const jobs = [...(this.current ? [this.current.job] : []), ...this.queue]
		this.dropWorker()
		this.queue = []
		for (const job of jobs) job.reject(new Error('The Word export was cancelled: the server is shutting down'))
		if (worker) await worker.terminate()
	}

	/** Starts the next build when the worker is free; keeps the worker referenced only while it has work. */
	private pump(): void {
		if (this.disabled) {
			const jobs = this.queue
			this.queue = []
			for (const job of jobs) buildInProcess(job.plan, job.opts).then(job.resolve, job.reject)
			return
		}
		if (!this.current && this.queue.length > 0) {
			if (!this.worker) this.start()
			else if (this.ready) this.dispatch(this.queue.shift() as Job)
		}
		const busy = this.current !== null || this.queue.length > 0
		if (busy) this.worker?.ref()
		else this.worker?.unref()
	}

	private start(): void {
		let worker: Worker
		try {
			worker = new Worker(this.workerUrl, { name: 'niudai-docx' })
		} catch (err) {
			this.cannotStart(err)
			return
		}
		this.worker = worker
		this.ready = false
		this.startTimer = setTimeout(() => {
			if (this.worker !== worker || this.ready) return
			this.dropWorker()
			void worker.terminate()
			this.cannotStart(new Error(`the worker did not start within ${this.startTimeoutMs} ms`))
		}, this.startTimeoutMs)
		this.startTimer.unref()
		worker.on('message', (message: DocxWorkerReply) => {
			if (this.worker === worker) this.onMessage(message)
		})
		worker.on('error', (err) => {
			if (this.worker === worker) this.onWorkerGone(err)
		})
		worker.on('exit', (code) => {
			if (this.worker === worker) this.onWorkerGone(new Error(`the worker exited with code ${code}`))
		})
	}

	private dispatch(job: Job): void {
		const worker = this.worker as Worker
		const timer = setTimeout(() => {
			if (this.current?.job !== job) return
			this.current = null
			this.dropWorker()
			void worker.terminate()
			job.reject(new DocxTimeoutError(this.timeoutMs))
			this.pump()
		}, this.timeoutMs)
		this.current = { job, timer }
		const request: DocxWorkerRequest = {
			type: 'build',
			id: job.id,
			plan: job.plan,
			lang: job.opts.lang,
			// Copied, not transferred: the picture may be a view into the request's pooled memory.
			canvasPng: job.opts.canvasPng,
		}
		try {
			worker.postMessage(request)
		} catch (err) {
			// The plan could not be cloned into the worker (it is plain data, so this should not happen).
			clearTimeout(timer)
			this.current = null
			this.logger.warn({ err }, 'docx export: could not send the plan to the worker; building in-process')
			buildInProcess(job.plan, job.opts).then(job.resolve, job.reject)
			this.pump()
		}
	}

	private onMessage(message: DocxWorkerReply): void {
		if (message.type === 'ready') {
			this.ready = true
			if (this.startTimer) clearTimeout(this.startTimer)
			this.startTimer = null
			this.pump()
			return
		}
		const current = this.current
		if (!current || current.job.id !== message.id) return
		clearTimeout(current.timer)
		this.current = null
		if (message.type === 'done') {
			current.job.resolve(Buffer.from(message.data))
		} else {
			const err = new Error(message.error.message)
			err.name = message.error.name
			if (message.error.stack) err.stack = message.error.stack
			current.job.reject(err)
		}
		this.pump()
	}

	/** The worker failed or exited on its own. */
	private onWorkerGone(err: unknown): void {
		const wasReady = this.ready
		const current = this.current
		this.dropWorker()
		if (!wasReady) {
			this.cannotStart(err)
			return
		}
		if (current) {
			clearTimeout(current.timer)
			this.current = null
			if ((err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
				this.logger.warn({ err }, 'docx export: the worker ran out of memory; the export failed')
				current.job.reject(new Error('Building the Word file ran out of memory', { cause: err }))
			} else {
				this.logger.warn({ err }, 'docx export: the worker crashed; building this file in-process and restarting it')
				buildInProcess(current.job.plan, current.job.opts).then(current.job.resolve, current.job.reject)
			}
		}
		this.pump()
	}

	/** No worker could start: build in-process from now on, and say so once. */
	private cannotStart(err: unknown): void {
		this.dropWorker()
		this.disabled = true
		this.logger.warn({ err }, 'docx export: the worker thread could not start; Word files are built on the main thread')
		this.pump()
	}

	/** Forgets the current worker (its late events are ignored); the caller terminates it if needed. */
	private dropWorker(): void {
		if (this.startTimer) clearTimeout(this.startTimer)
		if (this.current) clearTimeout(this.current.timer)
		this.current = null
		this.startTimer = null
		this.worker = null
		this.ready = false
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

/** Terminates the shared worker (called when the server closes); a later export starts a new one. */
export async function closeDocxWorker(): Promise<void> {
	await shared?.close()
}
