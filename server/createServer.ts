import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import express from 'express'
import type { ClientConfig } from '../shared/apiTypes'
import { createBoardSchema } from '../shared/boardSchema'
import { ActivityLog } from './activity/ActivityLog'
import { ActivityObserver } from './activity/ActivityObserver'
import { LinkLabels } from './auth/linkLabels'
import type { CreatePolicy } from './auth/requireCreator'
import { Cluster } from './cluster/Cluster'
import { RedisLimits } from './cluster/RedisLimits'
import { LocalLimits, type SharedLimits } from './cluster/SharedLimits'
import { sharedAdminTokenHash, sharedBallotSecret } from './cluster/sharedSecrets'
import { closeDocxWorker } from './export/docxInWorker'
import { closeImportWorker } from './import/importInWorker'
import { createLogger, type Logger } from './logger'
import { accessLog } from './logging/accessLog'
import { AttendanceObserver } from './meetings/AttendanceObserver'
import { listenForMetrics, metricsRoute } from './metrics/metricsRoutes'
import { readiness } from './metrics/readiness'
import { ServerMetrics } from './metrics/ServerMetrics'
import { activityRouter } from './rest/activityRouter'
import { assetsRouter } from './rest/assetsRouter'
import { ballotsRouter } from './rest/ballotsRouter'
import { boardsRouter } from './rest/boardsRouter'
import { exportRouter } from './rest/exportRouter'
import { errorHandler, HttpError } from './rest/httpError'
import { importRouter } from './rest/importRouter'
import { linksRouter } from './rest/linksRouter'
import { meetingsRouter } from './rest/meetingsRouter'
import { previewRouter } from './rest/previewRouter'
import { syncStateRouter } from './rest/syncStateRouter'
import { templatesRouter } from './rest/templatesRouter'
import { timeRouter } from './rest/timeRouter'
import { versionsRouter } from './rest/versionsRouter'
import { corsClosed } from './security/corsClosed'
import { answerClientErrorsAsJson } from './security/jsonClientErrors'
import { ConnectionGate, creationRateLimiter, isCreationRequest, restRateLimiter } from './security/rateLimits'
import { securityHeaders } from './security/securityHeaders'
import { sharedRateLimiter } from './security/sharedRateLimiter'
import type { TrustFunction, TrustProxySetting } from './security/trustProxy'
import { serveClient } from './static/serveClient'
import { acquireDataDirLock } from './storage/dataDirLock'
import { openStorage } from './storage/openStorage'
import { PostgresStorage } from './storage/PostgresStorage'
import type { Storage } from './storage/Storage'
import { attachSyncServer } from './sync/attachSyncServer'
import { DEFAULT_ROOM_LIMITS, type RoomLimits } from './sync/Room'
import { RoomManager } from './sync/RoomManager'
import { loadOrCreateBallotSecret } from './votes/ballotSecret'

/** Abuse limits; the defaults suit a community centre's LAN. */
export interface ServerLimits {
	/** REST requests per minute per address. */
	restPerMinute: number
	/** Board creations and imports per minute per address. */
	createPerMinute: number
	/** Socket connects per address per `wsWindowMs`. */
	wsConnectsPerWindow: number
	wsWindowMs: number
	/** Socket connects per link (token), from all addresses together, per `wsWindowMs`. */
	linkConnectsPerWindow: number
	/** Open sockets per board. */
	maxConnectionsPerRoom: number
	/** Open sockets per link (token): a meeting's shared link with room for reconnects. */
	maxConnectionsPerLink: number
}

export const DEFAULT_LIMITS: ServerLimits = {
	restPerMinute: 1200,
	createPerMinute: 60,
	wsConnectsPerWindow: 40,
	wsWindowMs: 10_000,
	linkConnectsPerWindow: 120,
	maxConnectionsPerRoom: 200,
	maxConnectionsPerLink: 100,
}

export interface ServerOptions {
	/** Abuse limits (defaults: DEFAULT_LIMITS). */
	limits?: Partial<ServerLimits>
	/**
	 * Reverse proxies whose X-Forwarded-For names the client (express's `trust proxy`;
	 * default none). REST rate limits and the sync socket gate resolve addresses alike.
	 */
	trustProxy?: TrustProxySetting
	port: number
	host?: string
	dataDir: string
	/** `postgres://…`: boards in PostgreSQL (shared by several nodes) instead of SQLite in dataDir. */
	databaseUrl?: string
	/** `redis://…`: several nodes share boards through Redis (needs databaseUrl: PostgreSQL). */
	redisUrl?: string
	/** An already opened storage (tests); closed with the server. */
	storage?: Storage
	/** Directory of the built client (index.html); not served when absent. */
	clientDir?: string
	tldrawLicenseKey?: string | null
	/** Where phones open the server (`PUBLIC_URL`'s origin), handed to the client for share links. */
	publicUrl?: string | null
	logger?: Logger
	/** Empty rooms stay loaded this long (ms). */
	roomUnloadAfterMs?: number
	/** Heartbeat ping interval (ms); a socket with no pong for one interval is closed. */
	heartbeatMs?: number
	/** At shutdown, how long sync sockets have to answer the close before they are dropped (ms; default 2000). */
	socketCloseGraceMs?: number
	/** Compact a board's update log after this many entries. */
	compactAfterUpdates?: number
	/** Save an automatic version of a changing board at most this often (ms; default one hour; 0: never). */
	versionAutosaveMs?: number
	/** Per-board document quota, per-connection byte rate and presence caps (defaults: DEFAULT_ROOM_LIMITS). */
	roomLimits?: Partial<RoomLimits>
	/**
	 * The admin token: facilitator on every board and needed for `GET /api/boards`.
	 * Without it no one can list all boards.
	 */
	adminToken?: string
	/**
	 * The admin token came from DATA_DIR (no ADMIN_TOKEN): on PostgreSQL every node then
	 * accepts the admin token the first node recorded in the database (sharedAdminTokenHash).
	 */
	adminTokenFromDataDir?: boolean
	/** Who may create boards, plainly and by import: anyone (`open`, the default) or the admin token only (`token`). */
	createPolicy?: CreatePolicy
	/** Most ballots one share link may cast in one vote (default DEFAULT_BALLOTS_PER_LINK, 100). */
	ballotsPerLink?: number
	/**
	 * With redisUrl: a node's open-socket counts stop counting this long after its last
	 * heartbeat (ms, default 30 000), e.g. after it was killed.
	 */
	clusterNodeTtlMs?: number
	/**
	 * A port of its own for `GET /metrics` without a token (`METRICS_PORT`; `0` picks one), on
	 * `host`, else 127.0.0.1. On the main port /metrics always needs the admin token.
	 */
	metricsPort?: number
}

export interface RunningServer {
	port: number
	url: string
	rooms: RoomManager
	storage: Storage
	/** The fan-out to other nodes, when REDIS_URL is set. */
	cluster: Cluster | null
	/** The limits every node counts together (Redis), or this node's own. */
	sharedLimits: SharedLimits
	/** This server's Prometheus metrics. */
	metrics: ServerMetrics
	/** The port of the metrics listener (`metricsPort`), or null when there is none. */
	metricsPort: number | null
	/**
	 * Graceful shutdown: closes the sockets (dropping those that do not answer within
	 * `socketCloseGraceMs`), flushes and compacts every room, closes storage and the worker
	 * threads. `onStep` hears each step as it starts, so a caller with a deadline can say
	 * which one hung.
	 */
	close(onStep?: (step: string) => void): Promise<void>
}

const VERSION = '0.1.0'

/** Builds and starts the whole Niudai server: REST, static client and sync socket on one port. */
export async function createServer(opts: ServerOptions): Promise<RunningServer> {
	const logger = opts.logger ?? createLogger()
	const metrics = new ServerMetrics()
	// A server on SQLite holds its data directory: a second server, or a restore, is refused while it runs.
	const lock = !opts.storage && !opts.databaseUrl ? acquireDataDirLock(opts.dataDir) : null
	const storage =
		opts.storage ??
		(await openStorage({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl }).catch((err: unknown) => {
			lock?.release()
			throw err
		}))
	if (opts.redisUrl && !(storage instanceof PostgresStorage)) {
		await storage.close()
		throw new Error('REDIS_URL needs DATABASE_URL: nodes share boards through one PostgreSQL database')
	}
	const cluster = opts.redisUrl ? new Cluster(opts.redisUrl, storage, logger) : null
	if (cluster) cluster.metrics = metrics
	// Link labels (set in 分享, never by the person) for the activity log and attendance.
	const linkLabels = new LinkLabels(storage)
	// Who did what (留痕): every change applied here, attributed to its link and presented name.
	const activity = new ActivityLog(
		storage,
		(boardId, err) => {
			metrics.storageError('activity')
			logger.error({ boardId, err }, 'activity log entries could not be stored (kept for the next write)')
		},
		linkLabels,
	)
	// Attendance of meetings from presence; person ids come from the ballot secret, known below.
	let attendanceSecret: Buffer | null = null
	const secretOfAttendance = (): Buffer => {
		attendanceSecret ??= loadOrCreateBallotSecret(opts.dataDir)
		return attendanceSecret
	}
	const attendance = new AttendanceObserver({
		secret: secretOfAttendance,
		labels: linkLabels,
		onError: (boardId, err) => logger.error({ boardId, err }, 'attendance could not be recorded'),
	})
	const rooms = new RoomManager(storage, {
		decorate: cluster?.decorate,
		onLoaded: cluster?.onLoaded,
		onUnloaded: cluster?.onUnloaded,
		unloadAfterMs: opts.roomUnloadAfterMs ?? 30_000,
		compactAfterUpdates: opts.compactAfterUpdates ?? 500,
		schema: createBoardSchema(),
		onMigrated: (boardId, result) => logger.info({ boardId, result }, 'board migrated to the current schema'),
		onProtocolError: (boardId, err) => logger.warn({ boardId, err }, 'protocol error'),
		autosaveIntervalMs: opts.versionAutosaveMs,
		onAutosaveError: (boardId, err) => {
			metrics.storageError('room')
			logger.error({ boardId, err }, 'automatic version failed')
		},
		onStorageError: (boardId, err) => {
			metrics.storageError('room')
			logger.error({ boardId, err }, 'storage refused a write: board is read-only until it succeeds')
		},
		onStorageRecovered: (boardId) => logger.warn({ boardId }, 'storage accepts writes again'),
		limits: opts.roomLimits,
		metrics,
		observers: [
			new ActivityObserver(activity, storage, (boardId, err) =>
				logger.error({ boardId, err }, 'activity log could not read a change (the sync goes on)'),
			),
			attendance,
		],
	})

	cluster?.attach(rooms)

	const limits: ServerLimits = { ...DEFAULT_LIMITS, ...opts.limits }
	const localLimits = new LocalLimits(opts.ballotsPerLink)
	const roomLimits = { ...DEFAULT_ROOM_LIMITS, ...opts.roomLimits }
	const sharedLimits: SharedLimits =
		cluster && opts.redisUrl
			? new RedisLimits({
					redisUrl: opts.redisUrl,
					nodeId: cluster.nodeId,
					logger,
					maxPerRoom: limits.maxConnectionsPerRoom,
					maxPerLink: limits.maxConnectionsPerLink,
					linkConnectsPerWindow: limits.linkConnectsPerWindow,
					windowMs: limits.wsWindowMs,
					bytesPerSecond: roomLimits.connectionBytesPerSecond,
					burstBytes: roomLimits.connectionBurstBytes,
					nodeTtlMs: opts.clusterNodeTtlMs,
					fallback: localLimits,
				})
			: localLimits
	// Nodes on one database share its ballot secret, so a voter's id is the same on every node.
	const ballotSecret =
		storage instanceof PostgresStorage ? await sharedBallotSecret(storage.pool, opts.dataDir, logger) : undefined
	if (ballotSecret) attendanceSecret = ballotSecret
	const app = express()
	app.disable('x-powered-by')
	app.set('query parser', 'simple')
	app.set('trust proxy', opts.trustProxy ?? false)
	// Express compiles the setting once; the sync gate uses the very same function.
	const trustProxy = app.get('trust proxy fn') as TrustFunction
	app.use(accessLog(logger))
	app.use(securityHeaders())

	// Liveness: the process answers. Readiness: storage answers and the server is not shutting down.
	app.get('/healthz', (_req, res) => {
		res.json({ ok: true, version: VERSION, rooms: rooms.loadedCount })
	})
	let shuttingDown = false
	let lastNotReady: string | null = null
	app.get('/readyz', async (_req, res) => {
		const verdict = await readiness({ storage, shuttingDown: () => shuttingDown })
		res.setHeader('Cache-Control', 'no-store')
		if (verdict.ready) {
			lastNotReady = null
			res.json({ ready: true })
			return
		}
		if (verdict.reason === 'storage_unavailable') metrics.storageError('readyz')
		// Once per change, not at every probe.
		if (lastNotReady !== verdict.reason) logger.warn({ reason: verdict.reason, err: verdict.error }, 'not ready')
		lastNotReady = verdict.reason
		res.status(503).json({ ready: false, reason: verdict.reason, message: verdict.message })
	})
	app.get('/metrics', metricsRoute(metrics, opts.adminToken))
	// While rooms are flushed at shutdown, the port still answers (/readyz says 503), but nothing new starts.
	app.use((_req, res, next) => {
		if (!shuttingDown) return next()
		res.setHeader('Retry-After', '5')
		res.setHeader('Connection', 'close')
		res
			.status(503)
			.json({ error: { code: 'shutting_down', message: 'The server is shutting down; retry in a moment' } })
	})

	const adminTokenHash =
		storage instanceof PostgresStorage && opts.adminToken && opts.adminTokenFromDataDir
			? await sharedAdminTokenHash(storage.pool, opts.adminToken, logger)
			: undefined
	const auth = { storage, adminToken: opts.adminToken, adminTokenHash }
	const api = express.Router()
	api.use(corsClosed())
	// Answers carry board data fetched with a link's token: no browser cache keeps them past a
	// revocation or a sign-out on a shared computer (a route may still say otherwise).
	api.use((_req, res, next) => {
		res.setHeader('Cache-Control', 'private, no-store')
		next()
	})
	api.use(restRateLimiter({ limit: limits.restPerMinute }))
	api.use(creationRateLimiter({ limit: limits.createPerMinute }))
	// The same per-address limits over every node of a cluster (pass-through with one node).
	api.use(sharedRateLimiter(sharedLimits, { name: 'requests', limit: limits.restPerMinute, windowMs: 60_000 }))
	api.use(
		sharedRateLimiter(sharedLimits, {
			name: 'board creation and imports',
			limit: limits.createPerMinute,
			windowMs: 60_000,
			appliesTo: isCreationRequest,
		}),
	)
	// Imports read their raw body (up to 20 MB), so they come before the JSON parser.
	api.use('/boards', importRouter({ ...auth, rooms, createPolicy: opts.createPolicy, activity }))
	api.use(express.json({ limit: '1mb', strict: true }))
	api.get('/config', (_req, res) => {
		const config: ClientConfig = {
			tldrawLicenseKey: opts.tldrawLicenseKey ?? null,
			version: VERSION,
			publicUrl: opts.publicUrl ?? null,
		}
		res.json(config)
	})
	api.use('/boards/:id/assets', assetsRouter(auth))
	api.use('/boards/:id/activity', activityRouter(auth))
	api.use('/boards/:id/links', linksRouter({ ...auth, rooms, activity }))
	api.use('/boards/:id/preview', previewRouter({ ...auth, rooms }))
	api.use('/boards/:id/sync-state', syncStateRouter({ ...auth, rooms }))
	api.use('/boards/:id/versions', versionsRouter({ ...auth, rooms, activity }))
	api.use(
		'/boards/:id/votes',
		ballotsRouter({ ...auth, rooms, dataDir: opts.dataDir, limits: sharedLimits, ballotSecret }),
	)
	api.use('/boards/:id/meetings', meetingsRouter({ ...auth, rooms, secret: secretOfAttendance, labels: linkLabels }))
	api.use('/boards/:id', exportRouter({ ...auth, rooms, metrics }))
	api.use('/boards', boardsRouter({ ...auth, rooms, createPolicy: opts.createPolicy }))
	api.use('/templates', templatesRouter())
	api.use('/time', timeRouter())
	api.use((req) => {
		throw new HttpError(404, 'not_found', `No such API route: ${req.method} ${req.path}`)
	})
	app.use('/api', api)

	if (opts.clientDir && fs.existsSync(path.join(opts.clientDir, 'index.html'))) {
		app.use(serveClient(opts.clientDir))
	}
	app.use((req, _res, next) => next(new HttpError(404, 'not_found', `Not found: ${req.path}`)))
	app.use(errorHandler(logger, metrics))

	const server = http.createServer(app)
	answerClientErrorsAsJson(server)
	const sync = attachSyncServer(
		server,
		{ rooms, storage, logger, adminToken: opts.adminToken, adminTokenHash, metrics },
		{
			heartbeatMs: opts.heartbeatMs ?? 30_000,
			addressConnects: { perWindow: limits.wsConnectsPerWindow, windowMs: limits.wsWindowMs },
			gate: new ConnectionGate({
				connectsPerWindow: limits.wsConnectsPerWindow,
				windowMs: limits.wsWindowMs,
				linkConnectsPerWindow: limits.linkConnectsPerWindow,
				maxPerRoom: limits.maxConnectionsPerRoom,
				maxPerLink: limits.maxConnectionsPerLink,
			}),
			trustProxy,
			shared: sharedLimits,
		},
	)

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject)
		server.listen(opts.port, opts.host, () => resolve())
	})
	const address = server.address()
	const port = typeof address === 'object' && address ? address.port : opts.port
	metrics.observe({ sockets: () => sync.connectionCount(), rooms: () => rooms.loadedCount })
	const metricsServer =
		opts.metricsPort === undefined ? null : await listenForMetrics(metrics, opts.metricsPort, opts.host ?? '127.0.0.1')
	const metricsAddress = metricsServer?.address()

	let closing: Promise<void> | null = null
	return {
		port,
		url: `http://localhost:${port}`,
		rooms,
		storage,
		cluster,
		sharedLimits,
		metrics,
		metricsPort: typeof metricsAddress === 'object' && metricsAddress ? metricsAddress.port : null,
		close(onStep = () => {}) {
			closing ??= (async () => {
				shuttingDown = true
				onStep('closing sync sockets')
				const graceOver = new Promise<void>((resolve) => setTimeout(resolve, opts.socketCloseGraceMs ?? 2000).unref())
				sync.close()
				// Every room stores what it holds before storage closes; meanwhile HTTP answers 503.
				onStep(`flushing and compacting ${rooms.loadedCount} rooms`)
				await rooms.closeAll()
				onStep('closing HTTP connections')
				const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()))
				server.closeAllConnections()
				onStep('closing the shared limits')
				await sharedLimits.close()
				const metricsClosed = new Promise<void>((resolve) =>
					metricsServer ? metricsServer.close(() => resolve()) : resolve(),
				)
				metricsServer?.closeAllConnections()
				if (cluster) {
					onStep('closing the Redis connections')
					await cluster.close()
				}
				onStep(`waiting for ${sync.connectionCount()} sync sockets to answer the close`)
				const socketsClosed = await Promise.race([serverClosed.then(() => true), graceOver.then(() => false)])
				if (!socketsClosed) {
					// Everything is stored: a phone that went away without a word is not waited for.
					const dropped = sync.terminate()
					if (dropped > 0) logger.warn({ sockets: dropped }, 'dropped sync sockets that did not answer the close')
					onStep('waiting for the HTTP server to close')
					await serverClosed
				}
				onStep('closing the metrics listener')
				await metricsClosed
				onStep('storing the last activity log entries')
				await activity.close()
				onStep('closing storage')
				await storage.close()
				lock?.release()
				onStep('stopping worker threads')
				await Promise.allSettled([closeDocxWorker(), closeImportWorker()])
			})()
			return closing
		},
	}
}
