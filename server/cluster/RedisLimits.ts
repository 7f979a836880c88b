import { Redis } from 'ioredis'
import type { Logger } from '../logger'
import type { GateVerdict } from '../security/rateLimits'
import type { LocalLimits, SharedLimits } from './SharedLimits'

/** How long a node's open-socket counts outlive its last heartbeat (ms): a killed node's sockets stop counting then. */
export const DEFAULT_NODE_TTL_MS = 30_000
/** Ballot counts of a vote are kept this long after the last ballot (ms). */
const BALLOT_TTL_MS = 7 * 24 * 3600 * 1000

export interface RedisLimitsOptions {
	redisUrl: string
	nodeId: string
	logger: Logger
	/** Key prefix shared by the cluster's nodes. */
	prefix?: string
	maxPerRoom: number
	maxPerLink: number
	/** Connects one link may burst across all nodes, refilled over `windowMs`. */
	linkConnectsPerWindow: number
	windowMs: number
	/** A link's byte budget in one room, across all nodes (as the room's own bucket). */
	bytesPerSecond: number
	burstBytes: number
	/** Open-socket counts of a node expire this long after its last heartbeat (default 30 s; heartbeat every third of it). */
	nodeTtlMs?: number
	/** What is used while Redis is unreachable: the node's own limits. */
	fallback: LocalLimits
}

/** Milliseconds of Redis' clock: every node's windows are measured on the same clock. */
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`

/**
 * Lua (after NOW) taking `n` from the token bucket stored as a hash { tokens, at } at `key`:
 * refilled `rate` per ms up to `cap`, it gives the tokens when it holds that many; sets the
 * local `ok`. The arguments are Lua expressions.
 */
function luaTakeFromBucket(key: string, n: string, cap: string, rate: string): string {
	return `local ok = false
do
	local n = ${n}
	local cap = ${cap}
	local rate = ${rate}
	local b = redis.call('HMGET', ${key}, 'tokens', 'at')
	local tokens = tonumber(b[1]) or cap
	local at = tonumber(b[2]) or now
	tokens = math.min(cap, tokens + math.max(0, now - at) * rate)
	if n <= tokens then
		tokens = tokens - n
		ok = true
	end
	redis.call('HSET', ${key}, 'tokens', tostring(tokens), 'at', now)
	redis.call('PEXPIRE', ${key}, math.ceil(cap / rate) + 1000)
end`
}

/** Takes from a token bucket: KEYS[1] bucket; ARGV n, cap, rate. Returns 1 or 0. */
const TAKE_SCRIPT = `${NOW}
${luaTakeFromBucket('KEYS[1]', 'tonumber(ARGV[1])', 'tonumber(ARGV[2])', 'tonumber(ARGV[3])')}
if ok then return 1 end
return 0`

/**
 * Admits a socket: the link's connect bucket, then the room's and the link's open sockets
 * summed over every live node (a sorted set of node ids scored by when they expire; each
 * node's counts in its own hash, which expires with it).
 * KEYS[1] nodes, KEYS[2] this node's hash, KEYS[3] the link's connect bucket.
 * ARGV node id, ttl, room field, link field ('' without a link), max per room, max per link,
 * link connect capacity, link refill per ms, node hash prefix.
 */
const ACQUIRE_SCRIPT = `${NOW}
local ttl = tonumber(ARGV[2])
local roomField = ARGV[3]
local linkField = ARGV[4]
if linkField ~= '' then
	${luaTakeFromBucket('KEYS[3]', '1', 'tonumber(ARGV[7])', 'tonumber(ARGV[8])')}
	if not ok then return 'linkRateLimited' end
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
local room = 0
local link = 0
for _, node in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
	local v = redis.call('HMGET', ARGV[9] .. node, roomField, linkField == '' and roomField or linkField)
	room = room + (tonumber(v[1]) or 0)
	link = link + (tonumber(v[2]) or 0)
end
if room >= tonumber(ARGV[5]) then return 'roomFull' end
if linkField ~= '' and link >= tonumber(ARGV[6]) then return 'linkFull' end
redis.call('HINCRBY', KEYS[2], roomField, 1)
if linkField ~= '' then redis.call('HINCRBY', KEYS[2], linkField, 1) end
redis.call('PEXPIRE', KEYS[2], ttl)
return 'ok'`

/** Releases a slot: KEYS[1] this node's hash; ARGV fields. Never below zero. */
const RELEASE_SCRIPT = `for _, f in ipairs(ARGV) do
	if redis.call('HINCRBY', KEYS[1], f, -1) <= 0 then redis.call('HDEL', KEYS[1], f) end
end
return 1`

/** A ballot: KEYS[1] the voters of one link in one vote; ARGV voter, max, ttl. */
const BALLOT_SCRIPT = `if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 1 end
if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('SADD', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1`

const VERDICTS = new Set<GateVerdict>(['ok', 'rateLimited', 'linkRateLimited', 'roomFull', 'linkFull'])

/**
 * SharedLimits counted in Redis, so they hold across the nodes of a cluster: token buckets
 * and ballot sets in Lua scripts (atomic, on Redis' clock), open sockets as per-node counts
 * that expire unless the node's heartbeat renews them. While Redis is unreachable every
 * node falls back to its own limits (logged once per outage) — nobody is refused because
 * Redis is down — and rewrites its counts once Redis is back.
 */
export class RedisLimits implements SharedLimits {
	readonly sharesBytes = true
	private readonly redis: Redis
	private readonly prefix: string
	private readonly nodesKey: string
	private readonly nodeKey: string
	private readonly nodeTtlMs: number
	private readonly heartbeat: NodeJS.Timeout
	/** This node's open sockets by hash field, the truth its Redis hash is rewritten from. */
	private readonly counts = new Map<string, number>()
	/** A count may differ from Redis (a command failed): rewritten at the next heartbeat. */
	private dirty = true
	private down = false
	private closed = false

	constructor(private readonly opts: RedisLimitsOptions) {
		this.prefix = `${opts.prefix ?? 'niudai:'}lim:`
		this.nodesKey = `${this.prefix}nodes`
		this.nodeKey = `${this.prefix}node:${opts.nodeId}`
		this.nodeTtlMs = opts.nodeTtlMs ?? DEFAULT_NODE_TTL_MS
		this.redis = new Redis(opts.redisUrl, {
			maxRetriesPerRequest: 1,
			enableOfflineQueue: false,
			commandTimeout: 1000,
			retryStrategy: (attempt: number) => Math.min(100 * attempt, 1000),
		})
		this.redis.on('error', () => this.wentDown())
		this.redis.on('ready', () => {
			if (this.down) opts.logger.warn('redis is back: limits are shared between nodes again')
			this.down = false
			this.dirty = true
			void this.beat()
		})
		this.redis.defineCommand('niudaiTake', { numberOfKeys: 1, lua: TAKE_SCRIPT })
		this.redis.defineCommand('niudaiAcquire', { numberOfKeys: 3, lua: ACQUIRE_SCRIPT })
		this.redis.defineCommand('niudaiRelease', { numberOfKeys: 1, lua: RELEASE_SCRIPT })
		this.redis.defineCommand('niudaiBallot', { numberOfKeys: 1, lua: BALLOT_SCRIPT })
		this.heartbeat = setInterval(() => void this.beat(), Math.max(100, Math.floor(this.nodeTtlMs / 3)))
		this.heartbeat.unref()
	}

	get ballotsPerLink(): number {
		return this.opts.fallback.ballotsPerLink
	}

	private get ready(): boolean {
		return !this.closed && this.redis.status === 'ready'
	}

	private wentDown(err?: unknown): void {
		this.dirty = true
		if (this.down || this.closed) return
		this.down = true
		this.opts.logger.warn(
			{ err: err instanceof Error ? err.message : undefined },
			'redis unreachable: each node enforces its own limits until it returns',
		)
	}

	private bump(field: string, delta: number): void {
		const n = (this.counts.get(field) ?? 0) + delta
		if (n <= 0) this.counts.delete(field)
		else this.counts.set(field, n)
	}

	private fields(room: string, linkKey: string | null): [string, string] {
		return [`r:${room}`, linkKey === null ? '' : `l:${linkKey}`]
	}

	/** Renews this node's counts (rewriting them when they may differ from Redis'). */
	private async beat(): Promise<void> {
		if (!this.ready) return
		try {
			const tx = this.redis.multi()
			if (this.dirty) {
				this.dirty = false
				tx.del(this.nodeKey)
				if (this.counts.size > 0) tx.hset(this.nodeKey, Object.fromEntries(this.counts))
			}
			// Scored on Redis' clock, as in the acquire script.
			const time = await this.redis.time()
			const redisNow = Number(time[0]) * 1000 + Math.floor(Number(time[1]) / 1000)
			tx.pexpire(this.nodeKey, this.nodeTtlMs)
			tx.zadd(this.nodesKey, redisNow + this.nodeTtlMs, this.opts.nodeId)
			await tx.exec()
		} catch (err) {
			this.wentDown(err)
		}
	}

	async acquire(room: string, linkKey: string | null): Promise<GateVerdict> {
		const [roomField, linkField] = this.fields(room, linkKey)
		const admitLocally = (): GateVerdict => {
			this.bump(roomField, 1)
			if (linkField) this.bump(linkField, 1)
			return 'ok'
		}
		if (!this.ready) {
			this.wentDown()
			return admitLocally()
		}
		const o = this.opts
		try {
			const verdict = (await (
				this.redis as unknown as {
					niudaiAcquire(...args: (string | number)[]): Promise<string>
				}
			).niudaiAcquire(
				this.nodesKey,
				this.nodeKey,
				`${this.prefix}connects:${linkKey ?? ''}`,
				o.nodeId,
				this.nodeTtlMs,
				roomField,
				linkField,
				o.maxPerRoom,
				o.maxPerLink,
				o.linkConnectsPerWindow,
				o.linkConnectsPerWindow / o.windowMs,
				`${this.prefix}node:`,
			)) as GateVerdict
			if (!VERDICTS.has(verdict)) throw new Error(`unexpected verdict ${verdict}`)
			if (verdict === 'ok') {
				this.bump(roomField, 1)
				if (linkField) this.bump(linkField, 1)
			}
			return verdict
		} catch (err) {
			this.wentDown(err)
			return admitLocally()
		}
	}

	release(room: string, linkKey: string | null): void {
		const fields = this.fields(room, linkKey).filter((f) => f !== '')
		for (const f of fields) this.bump(f, -1)
		if (!this.ready) {
			this.dirty = true
			return
		}
		;(this.redis as unknown as { niudaiRelease(...args: string[]): Promise<number> })
			.niudaiRelease(this.nodeKey, ...fields)
			.catch((err: unknown) => this.wentDown(err))
	}

	async takeBytes(room: string, linkKey: string | null, n: number): Promise<boolean> {
		// Unreachable: the room's own bucket (per node) still counts.
		if (!this.ready) return true
		const o = this.opts
		try {
			const ok = await (
				this.redis as unknown as { niudaiTake(...args: (string | number)[]): Promise<number> }
			).niudaiTake(`${this.prefix}bytes:${room}|${linkKey ?? ''}`, n, o.burstBytes, o.bytesPerSecond / 1000)
			return ok === 1
		} catch (err) {
			this.wentDown(err)
			return true
		}
	}

	async takeToken(name: string, key: string, capacity: number, windowMs: number): Promise<boolean> {
		// Unreachable: the node's own limiters still count.
		if (!this.ready) return true
		try {
			const ok = await (
				this.redis as unknown as { niudaiTake(...args: (string | number)[]): Promise<number> }
			).niudaiTake(`${this.prefix}${name}:${key}`, 1, capacity, capacity / windowMs)
			return ok === 1
		} catch (err) {
			this.wentDown(err)
			return true
		}
	}

	async admitBallot(boardId: string, voteId: string, linkKey: string, voterId: string): Promise<boolean> {
		if (!this.ready) return this.opts.fallback.admitBallot(boardId, voteId, linkKey, voterId)
		try {
			const ok = await (
				this.redis as unknown as { niudaiBallot(...args: (string | number)[]): Promise<number> }
			).niudaiBallot(
				`${this.prefix}ballots:${boardId}|${voteId}|${linkKey}`,
				voterId,
				this.ballotsPerLink,
				BALLOT_TTL_MS,
			)
			return ok === 1
		} catch (err) {
			this.wentDown(err)
			return this.opts.fallback.admitBallot(boardId, voteId, linkKey, voterId)
		}
	}

	/** Removes this node's counts (a clean shutdown) and disconnects. */
	async close(): Promise<void> {
		if (this.closed) return
		clearInterval(this.heartbeat)
		if (this.redis.status === 'ready') {
			await this.redis
				.multi()
				.del(this.nodeKey)
				.zrem(this.nodesKey, this.opts.nodeId)
				.exec()
				.catch(() => {})
		}
		this.closed = true
		this.redis.disconnect()
	}
}
