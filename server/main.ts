import path from 'node:path'
import { loadOrCreateAdminToken } from './auth/adminToken'
import { createPolicyFromEnv } from './auth/requireCreator'
import { projectRoot } from './config/projectRoot'
import { publicUrlFromEnv } from './config/publicUrlFromEnv'
import { shutdownTimeoutFromEnv, shutdownWithDeadline } from './config/shutdownWithDeadline'
import { createServer, type ServerLimits } from './createServer'
import { createLogger } from './logger'
import { metricsPortFromEnv } from './metrics/metricsPortFromEnv'
import { parseTrustProxy } from './security/trustProxy'
import { roomLimitsFromEnv } from './sync/roomLimitsFromEnv'

/**
 * Abuse limits from the environment (`REST_LIMIT`, `CREATE_LIMIT`, `WS_CONNECT_LIMIT`,
 * `ROOM_CONNECTION_LIMIT`, `LINK_CONNECT_LIMIT`, `LINK_CONNECTION_LIMIT`).
 */
function limitsFromEnv(env: NodeJS.ProcessEnv): Partial<ServerLimits> {
	const read = (name: string): number | undefined => {
		const raw = env[name]
		if (raw === undefined || raw === '') return undefined
		const n = Number(raw)
		if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`)
		return n
	}
	const limits: Partial<ServerLimits> = {}
	const rest = read('REST_LIMIT')
	const create = read('CREATE_LIMIT')
	const ws = read('WS_CONNECT_LIMIT')
	const room = read('ROOM_CONNECTION_LIMIT')
	if (rest) limits.restPerMinute = rest
	if (create) limits.createPerMinute = create
	if (ws) limits.wsConnectsPerWindow = ws
	if (room) limits.maxConnectionsPerRoom = room
	const linkConnects = read('LINK_CONNECT_LIMIT')
	const linkOpen = read('LINK_CONNECTION_LIMIT')
	if (linkConnects) limits.linkConnectsPerWindow = linkConnects
	if (linkOpen) limits.maxConnectionsPerLink = linkOpen
	return limits
}

/** `VERSION_AUTOSAVE_MS`: the least time between automatic versions of a changing board (0: never; default one hour). */
function autosaveFromEnv(env: NodeJS.ProcessEnv): number | undefined {
	const raw = env.VERSION_AUTOSAVE_MS
	if (raw === undefined || raw === '') return undefined
	const n = Number(raw)
	if (!Number.isInteger(n) || n < 0) throw new Error(`VERSION_AUTOSAVE_MS must be a non-negative integer, got "${raw}"`)
	return n
}

/** `CLUSTER_NODE_TTL_MS`: how long a node's open sockets count after its last heartbeat (default 30 000). */
function nodeTtlFromEnv(env: NodeJS.ProcessEnv): number | undefined {
	const raw = env.CLUSTER_NODE_TTL_MS
	if (raw === undefined || raw === '') return undefined
	const n = Number(raw)
	if (!Number.isInteger(n) || n < 1000)
		throw new Error(`CLUSTER_NODE_TTL_MS must be an integer of at least 1000, got "${raw}"`)
	return n
}

/** Entry point of `npm start` (`node dist/server/main.js`): reads the environment and serves everything on one port. */
async function main(): Promise<void> {
	const logger = createLogger()
	// The project folder, from the sources (server/main.ts) or the build (dist/server/main.js).
	const root = projectRoot(import.meta.url)
	const shutdownTimeoutMs = shutdownTimeoutFromEnv(process.env.SHUTDOWN_TIMEOUT_MS)
	const port = Number(process.env.PORT ?? 3000)
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new Error(`PORT must be an integer between 0 and 65535, got "${process.env.PORT}"`)
	}
	const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'))
	const admin = loadOrCreateAdminToken(dataDir, process.env.ADMIN_TOKEN)
	if (admin.source === 'created') {
		// Shown once, at the first start; afterwards it is only in the file.
		process.stdout.write(`NIUDAI_ADMIN_TOKEN ${admin.token}\n`)
		logger.warn(
			{ file: admin.file },
			`A new admin token was generated and printed above; it is stored in ${admin.file} (mode 0600). Set ADMIN_TOKEN to choose your own.`,
		)
	}
	const server = await createServer({
		port,
		host: process.env.HOST,
		dataDir,
		databaseUrl: process.env.DATABASE_URL || undefined,
		redisUrl: process.env.REDIS_URL || undefined,
		clientDir: process.env.CLIENT_DIR ? path.resolve(process.env.CLIENT_DIR) : path.join(root, 'dist', 'client'),
		tldrawLicenseKey: process.env.TLDRAW_LICENSE_KEY || null,
		publicUrl: publicUrlFromEnv(process.env.PUBLIC_URL),
		logger,
		adminToken: admin.token,
		adminTokenFromDataDir: admin.source !== 'env',
		createPolicy: createPolicyFromEnv(process.env.CREATE_POLICY),
		limits: limitsFromEnv(process.env),
		trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
		versionAutosaveMs: autosaveFromEnv(process.env),
		roomLimits: roomLimitsFromEnv(process.env),
		clusterNodeTtlMs: nodeTtlFromEnv(process.env),
		metricsPort: metricsPortFromEnv(process.env.METRICS_PORT),
	})
	logger.info(
		{ port: server.port, dataDir, storage: server.storage.constructor.name, cluster: server.cluster?.nodeId ?? null },
		`Niudai listening on ${server.url}`,
	)
	// Tests and scripts read the port from this line.
	process.stdout.write(`NIUDAI_LISTENING port=${server.port}\n`)

	let stopping = false
	const stop = (signal: string) => {
		if (stopping) return
		stopping = true
		logger.info({ signal, timeoutMs: shutdownTimeoutMs }, 'shutting down: flushing rooms and closing storage')
		shutdownWithDeadline((onStep) => server.close(onStep), shutdownTimeoutMs).then((outcome) => {
			if (outcome.kind === 'done') {
				logger.info({ ms: outcome.ms }, 'shut down cleanly')
				process.exit(0)
			} else if (outcome.kind === 'failed') {
				logger.error({ err: outcome.error, step: outcome.step }, `shutdown failed while ${outcome.step}`)
				process.exit(1)
			} else {
				logger.error(
					{ step: outcome.step, timeoutMs: shutdownTimeoutMs },
					`shutdown did not finish within SHUTDOWN_TIMEOUT_MS (${shutdownTimeoutMs} ms): still ${outcome.step}; exiting anyway`,
				)
				process.exit(1)
			}
		})
	}
	process.on('SIGINT', () => stop('SIGINT'))
	process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err) => {
	console.error(err instanceof Error ? err.message : err)
	process.exit(1)
})
