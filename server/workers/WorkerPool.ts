/**
 * One long-lived worker thread running jobs off the event loop, with a queue — the
 * plumbing shared by the Word export (docxInWorker.ts) and the file imports
 * (importInWorker.ts).
 *
 * - One worker, one job at a time; further jobs wait in a queue (at most `maxQueue`,
 *   beyond which `run` rejects with `WorkerBusyError`).
 * - The worker is unreferenced while idle, so it never keeps a process alive.
 * - A job that takes longer than `timeoutMs` rejects (`timeoutError`, by default
 *   `WorkerTimeoutError`) and the worker is replaced (terminated; a new one starts for
 *   the next job).
 * - A worker that runs out of memory (its `resourceLimits`) rejects that job with
 *   `WorkerOutOfMemoryError`; one that crashes otherwise rejects it with
 *   `WorkerCrashedError`, or runs it in-process when `rerunCrashedInProcess` is set.
 *   Either way the worker is replaced and the server goes on.
 * - A worker that cannot start (e.g. tsx missing) switches the pool to running jobs
 *   in-process for good, with one warning in the log.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads'
import { createLogger } from '../logger'
import type { WorkerReply, WorkerRequest } from './workerProtocol'

/** Where a pool reports trouble (the server's pino logger fits). */
export interface WorkerPoolLogger {
	warn(obj: object, msg: string): void
}

/** A job that did not finish in time. */
export class WorkerTimeoutError extends Error {
	constructor(
		readonly what: string,
		readonly timeoutMs: number,
	) {
		super(`${what} took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`)
		this.name = 'WorkerTimeoutError'
	}
}

/** A job whose worker passed its memory limit. */
export class WorkerOutOfMemoryError extends Error {
	constructor(
		readonly what: string,
		readonly limitMb: number | undefined,
		options?: ErrorOptions,
	) {
		super(`${what} ran out of memory${limitMb ? ` (the limit is ${limitMb} MB)` : ''}`, options)
		this.name = 'WorkerOutOfMemoryError'
	}
}

/** A job whose worker died for another reason. */
export class WorkerCrashedError extends Error {
	constructor(
		readonly what: string,
		options?: ErrorOptions,
	) {
		super(`${what} failed: the worker thread stopped`, options)
		this.name = 'WorkerCrashedError'
	}
}

/** A job refused because `maxQueue` jobs already wait. */
export class WorkerBusyError extends Error {
	constructor(
		readonly what: string,
		readonly maxQueue: number,
	) {
		super(`${what}: ${maxQueue} jobs are already waiting; try again in a moment`)
		this.name = 'WorkerBusyError'
	}
}

/** Options of a `WorkerPool`. */
export interface WorkerPoolOptions<P, R> {
	/** The worker script: it calls `serveWorkerJobs` (see docxWorker.mjs for why it is JavaScript). */
	workerUrl: URL
	/** The thread's name. */
	name: string
	/** What a job does, for errors and the log ("Building the Word file"). */
	what: string
	/** Time limit of one job in the worker. */
	timeoutMs: number
	/** Time limit of a worker's start, until it posts `ready` (default: timeoutMs). */
	startTimeoutMs?: number
	/** The worker's heap and stack limits (none by default). */
	resourceLimits?: ResourceLimits
	/** Most jobs waiting behind the running one (default: unbounded). */
	maxQueue?: number
	/** The same job on this thread: when no worker can start, and after a crash with `rerunCrashedInProcess`. */
	runInProcess: (payload: P) => Promise<R>
	/** Run a job whose worker crashed (not out of memory) in-process instead of rejecting it. */
	rerunCrashedInProcess?: boolean
	/** The error a job that timed out rejects with (default: WorkerTimeoutError). */
	timeoutError?: (timeoutMs: number) => Error
	/** Where warnings go (default: a logger at LOG_LEVEL). */
	logger?: WorkerPoolLogger
}

interface Job<P, R> {
	id: number
	payload: P
	resolve: (result: R) => void
	reject: (err: unknown) => void
}

/** A pool of one worker thread running jobs, with a queue. */
export class WorkerPool<P, R> {
	private readonly opts: WorkerPoolOptions<P, R>
	private readonly logger: WorkerPoolLogger
	private worker: Worker | null = null
	private ready = false
	private startTimer: NodeJS.Timeout | null = null
	private queue: Job<P, R>[] = []
	private current: { job: Job<P, R>; timer: NodeJS.Timeout } | null = null
	private nextId = 1
	/** Set once a worker could not start: every job runs in-process from then on. */
	private disabled = false

	constructor(options: WorkerPoolOptions<P, R>) {
		this.opts = options
		this.logger = options.logger ?? createLogger()
	}

	/** True once the pool has given up on workers and runs jobs in-process. */
	get inProcess(): boolean {
		return this.disabled
	}

	/** What `runInProcess(payload)` would give, computed in the worker. */
	run(payload: P): Promise<R> {
		if (this.disabled) return this.opts.runInProcess(payload)
		const { maxQueue } = this.opts
		if (maxQueue !== undefined && this.queue.length >= maxQueue) {
			return Promise.reject(new WorkerBusyError(this.opts.what, maxQueue))
		}
		return new Promise<R>((resolve, reject) => {
			this.queue.push({ id: this.nextId++, payload, resolve, reject })
			this.pump()
		})
	}

	/**
	 * Terminates the worker (the server is shutting down). Jobs in progress or queued
	 * are rejected. A later `run` starts a new worker.
	 */
	async close(): Promise<void> {
		const worker = this.worker
		const jobs = [...(this.current ? [this.current.job] : []), ...this.queue]
		this.dropWorker()
		this.queue = []
		for (const job of jobs) job.reject(new Error(`${this.opts.what} was cancelled: the server is shutting down`))
		if (worker) await worker.terminate()
	}

	/** Starts the next job when the worker is free; keeps the worker referenced only while it has work. */
	private pump(): void {
		if (this.disabled) {
			const jobs = this.queue
			this.queue = []
			for (const job of jobs) this.opts.runInProcess(job.payload).then(job.resolve, job.reject)
			return
		}
		if (!this.current && this.queue.length > 0) {
			if (!this.worker) this.start()
			else if (this.ready) this.dispatch(this.queue.shift() as Job<P, R>)
		}
		const busy = this.current !== null || this.queue.length > 0
		if (busy) this.worker?.ref()
		else this.worker?.unref()
	}

	private start(): void {
		let worker: Worker
		try {
			worker = new Worker(this.opts.workerUrl, { name: this.opts.name, resourceLimits: this.opts.resourceLimits })
		} catch (err) {
			this.cannotStart(err)
			return
		}
		this.worker = worker
		this.ready = false
		const startTimeoutMs = this.opts.startTimeoutMs ?? this.opts.timeoutMs
		this.startTimer = setTimeout(() => {
			if (this.worker !== worker || this.ready) return
			this.dropWorker()
			void worker.terminate()
			this.cannotStart(new Error(`the worker did not start within ${startTimeoutMs} ms`))
		}, startTimeoutMs)
		this.startTimer.unref()
		worker.on('message', (message: WorkerReply<R>) => {
			if (this.worker === worker) this.onMessage(message)
		})
		worker.on('error', (err) => {
			if (this.worker === worker) this.onWorkerGone(err)
		})
		worker.on('exit', (code) => {
			if (this.worker === worker) this.onWorkerGone(new Error(`the worker exited with code ${code}`))
		})
	}

	private dispatch(job: Job<P, R>): void {
		const worker = this.worker as Worker
		const timer = setTimeout(() => {
			if (this.current?.job !== job) return
			this.current = null
			this.dropWorker()
			void worker.terminate()
			job.reject(
				this.opts.timeoutError?.(this.opts.timeoutMs) ?? new WorkerTimeoutError(this.opts.what, this.opts.timeoutMs),
			)
			this.pump()
		}, this.opts.timeoutMs)
		this.current = { job, timer }
		const request: WorkerRequest<P> = { type: 'run', id: job.id, payload: job.payload }
		try {
			// Copied, not transferred: buffers in a payload may be views into pooled memory.
			worker.postMessage(request)
		} catch (err) {
			// The payload could not be cloned into the worker (it is plain data, so this should not happen).
			clearTimeout(timer)
			this.current = null
			this.logger.warn({ err }, `${this.opts.what}: could not send the job to the worker; running it in-process`)
			this.opts.runInProcess(job.payload).then(job.resolve, job.reject)
			this.pump()
		}
	}

	private onMessage(message: WorkerReply<R>): void {
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
			current.job.resolve(message.result)
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
			const { what } = this.opts
			if ((err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
				this.logger.warn({ err }, `${what}: the worker ran out of memory; the job failed`)
				current.job.reject(
					new WorkerOutOfMemoryError(what, this.opts.resourceLimits?.maxOldGenerationSizeMb, { cause: err }),
				)
			} else if (this.opts.rerunCrashedInProcess) {
				this.logger.warn({ err }, `${what}: the worker crashed; running this job in-process and restarting it`)
				this.opts.runInProcess(current.job.payload).then(current.job.resolve, current.job.reject)
			} else {
				this.logger.warn({ err }, `${what}: the worker crashed; the job failed and the worker restarts`)
				current.job.reject(new WorkerCrashedError(what, { cause: err }))
			}
		}
		this.pump()
	}

	/** No worker could start: run jobs in-process from now on, and say so once. */
	private cannotStart(err: unknown): void {
		this.dropWorker()
		this.disabled = true
		this.logger.warn(
			{ err },
			`${this.opts.what}: the worker thread could not start; jobs run on the main thread from now on`,
		)
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
