/**
 * Reads import files off the event loop. Reading a 20 MB workbook, csv or board file
 * costs seconds of CPU and hundreds of MB; on the server's thread a hostile one froze
 * every live board and then killed the process. `importInWorker` hands each file to one
 * long-lived worker thread (a `WorkerPool`, like the Word export) with a heap limit and a
 * time limit:
 *
 * - a file the worker cannot read within IMPORT_TIMEOUT_MS rejects with
 *   `WorkerTimeoutError`, one that passes its heap limit with `WorkerOutOfMemoryError`,
 *   one that kills it otherwise with `WorkerCrashedError` — never run again in-process;
 *   the worker is replaced and the server goes on;
 * - at most IMPORT_MAX_QUEUE files wait behind the one being read (`WorkerBusyError`);
 * - when no worker can start at all, files are read in-process (still within
 *   IMPORT_LIMITS), with one warning.
 */
import type { ResourceLimits } from 'node:worker_threads'
import { WorkerPool, type WorkerPoolLogger } from '../workers/WorkerPool'
import { workerEntryUrl } from '../workers/workerEntryUrl'
import { type ImportJob, type ImportOutcome, runImportJob } from './importJob'

/** The worker's entry point: from the sources a loader of the TypeScript worker through tsx, in the build the bundled worker. */
export const IMPORT_WORKER_URL = workerEntryUrl(import.meta.url, 'importWorker')

/** The longest reading one file may take. A 5,000-card workbook takes about 2 s. */
export const IMPORT_TIMEOUT_MS = 30_000

/** Files waiting behind the one being read before more are refused. */
export const IMPORT_MAX_QUEUE = 8

/** The worker's memory: room for a workbook at IMPORT_LIMITS (ExcelJS ~700 bytes a cell), not for a bomb. */
export const IMPORT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 48 }

/** Options of an import pool (tests make small ones). */
export interface ImportWorkerPoolOptions {
	workerUrl?: URL
	timeoutMs?: number
	startTimeoutMs?: number
	resourceLimits?: ResourceLimits
	maxQueue?: number
	logger?: WorkerPoolLogger
}

/** A pool of one worker thread reading import files. */
export function createImportWorkerPool(options: ImportWorkerPoolOptions = {}): WorkerPool<ImportJob, ImportOutcome> {
	return new WorkerPool<ImportJob, ImportOutcome>({
		workerUrl: options.workerUrl ?? IMPORT_WORKER_URL,
		name: 'niudai-import',
		what: 'Reading the imported file',
		timeoutMs: options.timeoutMs ?? IMPORT_TIMEOUT_MS,
		startTimeoutMs: options.startTimeoutMs ?? 60_000,
		resourceLimits: options.resourceLimits ?? IMPORT_RESOURCE_LIMITS,
		maxQueue: options.maxQueue ?? IMPORT_MAX_QUEUE,
		logger: options.logger,
		runInProcess: runImportJob,
		// A file that crashed the worker is not given a second chance on the server's own thread.
		rerunCrashedInProcess: false,
	})
}

let shared: WorkerPool<ImportJob, ImportOutcome> | null = null

/** `runImportJob(job)` in the shared import worker thread. */
export function importInWorker(job: ImportJob): Promise<ImportOutcome> {
	shared ??= createImportWorkerPool()
	return shared.run(job)
}

/** Terminates the shared import worker (the server is closing); a later import starts a new one. */
export async function closeImportWorker(): Promise<void> {
	await shared?.close()
}
