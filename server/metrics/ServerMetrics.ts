import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import { closeCodeName } from './closeCodeName'

/** Where a storage error was met: a room's write or compaction, a socket refused, a REST answer, a readiness check, the activity log. */
export type StorageErrorSite = 'room' | 'sync' | 'rest' | 'readyz' | 'activity'

/** How an update reached the sockets it was relayed to: from this node's socket, or from another node through Redis. */
export type FanoutPath = 'local' | 'cluster'

/** Seconds: from well under a millisecond (SQLite on an idle disk) to seconds (a stalled database). */
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
/** Seconds: exports run from a few milliseconds (JSON) to the Word worker's 60 s timeout. */
const EXPORT_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]

/**
 * The process's own metrics (CPU, memory, event-loop lag …): one registry for the whole
 * process, made on first use, since they describe the process whichever server scrapes
 * them, and each collector starts an event-loop monitor that is never stopped.
 */
let processRegistry: Registry | null = null
function processMetrics(): Registry {
	if (!processRegistry) {
		processRegistry = new Registry()
		collectDefaultMetrics({ register: processRegistry })
	}
	return processRegistry
}

/** What the gauges read when scraped. */
export interface MetricSources {
	sockets(): number
	rooms(): number
}

/**
 * One server's Prometheus metrics (one per createServer, so servers in one process never
 * share counts). The hot path only adds to plain numbers (`received`, `sent`,
 * `updateReceived`, `updatesSent`); counters take them when scraped.
 */
export class ServerMetrics {
	readonly registry = new Registry()
	private sources: MetricSources = { sockets: () => 0, rooms: () => 0 }
	private bytesIn = 0
	private bytesOut = 0
	private updatesIn = 0
	private updatesOut = 0

	private readonly commit = new Histogram({
		name: 'niudai_store_commit_seconds',
		help: "Time to commit one batch of a room's updates to storage (SQLite or PostgreSQL).",
		buckets: STORE_BUCKETS,
		registers: [this.registry],
	})
	private readonly fanout = new Histogram({
		name: 'niudai_update_fanout_seconds',
		help: 'Time from receiving a document update to relaying it to the room’s other sockets (path="local": after its commit on this node; path="cluster": from its publication on another node to its relay here).',
		labelNames: ['path'] as const,
		buckets: STORE_BUCKETS,
		registers: [this.registry],
	})
	private readonly fanoutLocal = this.fanout.labels({ path: 'local' })
	private readonly fanoutCluster = this.fanout.labels({ path: 'cluster' })
	private readonly closes = new Counter({
		name: 'niudai_sync_closes_total',
		help: 'Sync sockets the server closed or refused, by close code (shared/protocol.ts CloseCode).',
		labelNames: ['code', 'name'] as const,
		registers: [this.registry],
	})
	private readonly exports = new Histogram({
		name: 'niudai_export_seconds',
		help: 'Time to build an export file, by format.',
		labelNames: ['format'] as const,
		buckets: EXPORT_BUCKETS,
		registers: [this.registry],
	})
	private readonly storageErrors = new Counter({
		name: 'niudai_storage_errors_total',
		help: 'Storage failures: a room write or compaction refused (room), a socket refused (sync), a request answered 503 (rest), a readiness check (readyz).',
		labelNames: ['where'] as const,
		registers: [this.registry],
	})

	constructor() {
		const metrics = this
		// Known series start at 0, so rate() and alerts see them before their first event.
		this.fanout.zero({ path: 'local' })
		this.fanout.zero({ path: 'cluster' })
		for (const where of ['room', 'sync', 'rest', 'readyz', 'activity'] satisfies StorageErrorSite[]) {
			this.storageErrors.inc({ where }, 0)
		}
		new Gauge({
			name: 'niudai_sync_sockets',
			help: 'Open sync sockets.',
			registers: [this.registry],
			collect() {
				this.set(metrics.sources.sockets())
			},
		})
		new Gauge({
			name: 'niudai_rooms_loaded',
			help: 'Loaded rooms (a board’s main and private documents are one room each).',
			registers: [this.registry],
			collect() {
				this.set(metrics.sources.rooms())
			},
		})
		const drained = (name: string, help: string, take: () => number) =>
			new Counter({
				name,
				help,
				registers: [this.registry],
				collect() {
					const n = take()
					if (n > 0) this.inc(n)
				},
			})
		drained('niudai_sync_updates_received_total', 'Document updates received from sync sockets and applied.', () => {
			const n = this.updatesIn
			this.updatesIn = 0
			return n
		})
		drained('niudai_sync_updates_sent_total', 'Document update frames sent to sync sockets.', () => {
			const n = this.updatesOut
			this.updatesOut = 0
			return n
		})
		drained('niudai_sync_received_bytes_total', 'Bytes of frames received on sync sockets.', () => {
			const n = this.bytesIn
			this.bytesIn = 0
			return n
		})
		drained('niudai_sync_sent_bytes_total', 'Bytes of frames sent on sync sockets.', () => {
			const n = this.bytesOut
			this.bytesOut = 0
			return n
		})
	}

	/** Where the gauges read from (set once the sync server and rooms exist). */
	observe(sources: MetricSources): void {
		this.sources = sources
	}

	/** A frame of `bytes` arrived on a sync socket. */
	received(bytes: number): void {
		this.bytesIn += bytes
	}

	/** A frame of `bytes` was sent on a sync socket. */
	sent(bytes: number): void {
		this.bytesOut += bytes
	}

	/** A document update from a socket was applied. */
	updateReceived(): void {
		this.updatesIn++
	}

	/** `n` update frames were sent to sockets. */
	updatesSent(n: number): void {
		this.updatesOut += n
	}

	/** A batch commit took `seconds`. */
	commitTook(seconds: number): void {
		this.commit.observe(seconds)
	}

	/** An update reached the room's other sockets `seconds` after it was received (or published by another node). */
	fannedOut(path: FanoutPath, seconds: number): void {
		;(path === 'local' ? this.fanoutLocal : this.fanoutCluster).observe(Math.max(0, seconds))
	}

	/** The server closed (or refused) a sync socket with `code`. */
	closed(code: number): void {
		this.closes.inc({ code: String(code), name: closeCodeName(code) })
	}

	/** An export of `format` was built in `seconds`. */
	exported(format: string, seconds: number): void {
		this.exports.observe({ format }, seconds)
	}

	/** Storage failed where `where` says. */
	storageError(where: StorageErrorSite): void {
		this.storageErrors.inc({ where })
	}

	/** The Prometheus text exposition of this server's metrics and the process's. */
	async text(): Promise<string> {
		const [own, process] = await Promise.all([this.registry.metrics(), processMetrics().metrics()])
		return `${own}\n${process}`
	}

	/** The Content-Type of `text()`. */
	get contentType(): string {
		return this.registry.contentType
	}
}
