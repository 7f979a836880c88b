import type { Request, RequestHandler, Response } from 'express'
import { ipKeyGenerator, rateLimit } from 'express-rate-limit'

/** Options of the REST rate limiters. */
export interface RestRateLimitOptions {
	/** Requests allowed per window and client address. */
	limit?: number
	/** Window length in milliseconds. */
	windowMs?: number
	/** Only count requests for which this returns true (all by default). */
	appliesTo?: (req: Request) => boolean
}

/** General REST limit: requests per minute and client address. */
export const REST_LIMIT_PER_MINUTE = 600
/** Board creation and imports: requests per minute and client address. */
export const CREATION_LIMIT_PER_MINUTE = 30

/** The JSON body of a 429 answer. */
export interface RateLimitedBody {
	error: { code: 'rate_limited'; message: string }
}

/** The client key of a request: its address, IPv6 grouped by /56 as one household or host. */
export function clientKey(ip: string | undefined): string {
	return ipKeyGenerator(ip ?? 'unknown', 56)
}

function limiter(name: string, defaults: { limit: number; windowMs: number }, opts: RestRateLimitOptions) {
	const limit = opts.limit ?? defaults.limit
	const windowMs = opts.windowMs ?? defaults.windowMs
	const appliesTo = opts.appliesTo
	return rateLimit({
		limit,
		windowMs,
		identifier: name,
		standardHeaders: 'draft-7',
		legacyHeaders: false,
		keyGenerator: (req) => clientKey(req.ip),
		// clientKey already applies ipKeyGenerator; the library cannot see that through the wrapper.
		validate: { keyGeneratorIpFallback: false },
		skip: appliesTo ? (req) => !appliesTo(req) : undefined,
		handler: (_req: Request, res: Response) => {
			const retryAfter = Number(res.getHeader('Retry-After')) || Math.ceil(windowMs / 1000)
			if (!res.hasHeader('Retry-After')) res.setHeader('Retry-After', String(retryAfter))
			const body: RateLimitedBody = {
				error: {
					code: 'rate_limited',
					message: `Too many requests (${name}: at most ${limit} per ${Math.round(windowMs / 1000)} s); try again in ${retryAfter} s`,
				},
			}
			res.status(429).json(body)
		},
	}) as unknown as RequestHandler
}

/**
 * Per-address limit on every REST request (default 600 a minute). Answers 429 with
 * `Retry-After` and `{ error: { code: 'rate_limited', message } }`. Counts by `req.ip`,
 * so behind a reverse proxy set express's `trust proxy` (`TRUST_PROXY`), or the whole
 * meeting shares the proxy's bucket.
 */
export function restRateLimiter(opts: RestRateLimitOptions = {}): RequestHandler {
	return limiter('requests', { limit: REST_LIMIT_PER_MINUTE, windowMs: 60_000 }, opts)
}

/**
 * True for the requests that create boards or write many cards at once:
 * `POST /api/boards`, `POST /api/boards/import`, `POST /api/boards/:id/import`.
 * Uses `originalUrl`, so it works wherever the limiter is mounted.
 */
export function isCreationRequest(req: Request): boolean {
	if (req.method !== 'POST') return false
	const pathname = (req.originalUrl ?? req.url ?? '').split('?')[0].replace(/\/+$/, '')
	return /^\/api\/boards(?:\/import|\/[^/]+\/import)?$/.test(pathname)
}

/**
 * Stricter per-address limit for board creation and imports (default 30 a minute);
 * only `isCreationRequest` requests count unless `appliesTo` says otherwise, so it can
 * be mounted once on `/api`.
 */
export function creationRateLimiter(opts: RestRateLimitOptions = {}): RequestHandler {
	return limiter(
		'board creation and imports',
		{ limit: CREATION_LIMIT_PER_MINUTE, windowMs: 60_000 },
		{ ...opts, appliesTo: opts.appliesTo ?? isCreationRequest },
	)
}

/**
 * The verdict of `ConnectionGate.tryAcquire`: admitted, too many connects (from this
 * address or on this link), the room full, or too many open sockets on this link.
 */
export type GateVerdict = 'ok' | 'rateLimited' | 'linkRateLimited' | 'roomFull' | 'linkFull'

/** Options of `ConnectionGate`. */
export interface ConnectionGateOptions {
	/** Connects an address may burst (the bucket size). Default 30. */
	connectsPerWindow?: number
	/** The buckets refill fully over this many milliseconds. Default 10 000. */
	windowMs?: number
	/** Connects one link (token) may burst, from all addresses together. Default 120. */
	linkConnectsPerWindow?: number
	/** Open connections one room may hold. Default 200. */
	maxPerRoom?: number
	/** Open connections one link (token) may hold. Default 100. */
	maxPerLink?: number
	/** Most addresses (and, apart, links) tracked at once; full buckets are forgotten first. Default 10 000. */
	maxTrackedAddresses?: number
	/** The clock, in milliseconds (injectable for tests). */
	now?: () => number
}

interface Bucket {
	tokens: number
	at: number
}

/** Token buckets by key that refill over a window, with a bounded number of keys. */
class TokenBuckets {
	private readonly refillPerMs: number
	private readonly buckets = new Map<string, Bucket>()

	constructor(
		private readonly capacity: number,
		windowMs: number,
		private readonly maxTracked: number,
	) {
		this.refillPerMs = capacity / windowMs
	}

	/** Whether `key` has a token left at time `t` (refilling it first). */
	has(key: string, t: number): boolean {
		return this.refilled(key, t).tokens >= 1
	}

	/** Spends one token of `key` (call after `has` said yes). */
	spend(key: string, t: number): void {
		this.refilled(key, t).tokens -= 1
	}

	get size(): number {
		return this.buckets.size
	}

	private refilled(key: string, t: number): Bucket {
		let bucket = this.buckets.get(key)
		if (!bucket) {
			if (this.buckets.size >= this.maxTracked) this.prune(t)
			bucket = { tokens: this.capacity, at: t }
			this.buckets.set(key, bucket)
			return bucket
		}
		const elapsed = Math.max(0, t - bucket.at)
		bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsed * this.refillPerMs)
		bucket.at = t
		return bucket
	}

	/** Forgets keys whose bucket is full again; if none is, the oldest half. */
	private prune(t: number): void {
		for (const [key, b] of this.buckets) {
			if (b.tokens + Math.max(0, t - b.at) * this.refillPerMs >= this.capacity) this.buckets.delete(key)
		}
		if (this.buckets.size < this.maxTracked) return
		let drop = Math.ceil(this.buckets.size / 2)
		for (const key of this.buckets.keys()) {
			if (drop-- <= 0) break
			this.buckets.delete(key)
		}
	}
}

/** Adds `delta` to the count of `key`, forgetting keys that reach zero (never negative). */
function bump(counts: Map<string, number>, key: string, delta: number): void {
	const n = (counts.get(key) ?? 0) + delta
	if (n <= 0) counts.delete(key)
	else counts.set(key, n)
}

/**
 * Admission control for sync WebSockets: a token bucket per client address (IPv6 by
 * /56) and one per link (the hashed token a socket presents) against connect floods,
 * a cap on the open connections of one room and one on those of one link. A meeting
 * behind one reverse proxy shares nothing here as long as the address is resolved
 * through the trusted proxy (`TRUST_PROXY`); a link shared by the whole meeting has
 * its own, larger, budget.
 *
 * Call `tryAcquire` before accepting a socket; only after `'ok'` call
 * `release(boardId, linkKey)` exactly once when that socket closes. A refused attempt
 * still spends its address's token (and, once past the address, its link's).
 */
export class ConnectionGate {
	private readonly maxPerRoom: number
	private readonly maxPerLink: number
	private readonly now: () => number
	private readonly addressBuckets: TokenBuckets
	private readonly linkBuckets: TokenBuckets
	private readonly rooms = new Map<string, number>()
	private readonly links = new Map<string, number>()

	constructor(opts: ConnectionGateOptions = {}) {
		const capacity = opts.connectsPerWindow ?? 30
		const linkCapacity = opts.linkConnectsPerWindow ?? 120
		const windowMs = opts.windowMs ?? 10_000
		if (!(capacity > 0) || !(linkCapacity > 0) || !(windowMs > 0)) {
			throw new Error('connectsPerWindow, linkConnectsPerWindow and windowMs must be positive')
		}
		const maxTracked = opts.maxTrackedAddresses ?? 10_000
		this.addressBuckets = new TokenBuckets(capacity, windowMs, maxTracked)
		this.linkBuckets = new TokenBuckets(linkCapacity, windowMs, maxTracked)
		this.maxPerRoom = opts.maxPerRoom ?? 200
		this.maxPerLink = opts.maxPerLink ?? 100
		this.now = opts.now ?? Date.now
	}

	/**
	 * Admits a connect from `ip` to `boardId` presenting the link `linkKey` (the hashed
	 * token; null without a token), or says why not.
	 */
	tryAcquire(ip: string | undefined, boardId: string, linkKey: string | null = null): GateVerdict {
		const t = this.now()
		const address = clientKey(ip)
		if (!this.addressBuckets.has(address, t)) return 'rateLimited'
		this.addressBuckets.spend(address, t)
		if (linkKey !== null) {
			if (!this.linkBuckets.has(linkKey, t)) return 'linkRateLimited'
			this.linkBuckets.spend(linkKey, t)
		}
		if ((this.rooms.get(boardId) ?? 0) >= this.maxPerRoom) return 'roomFull'
		if (linkKey !== null && (this.links.get(linkKey) ?? 0) >= this.maxPerLink) return 'linkFull'
		bump(this.rooms, boardId, 1)
		if (linkKey !== null) bump(this.links, linkKey, 1)
		return 'ok'
	}

	/** Frees the room and link slots of a connection that `tryAcquire` admitted. */
	release(boardId: string, linkKey: string | null = null): void {
		bump(this.rooms, boardId, -1)
		if (linkKey !== null) bump(this.links, linkKey, -1)
	}

	/** Open (admitted, not released) connections of a room. */
	roomCount(boardId: string): number {
		return this.rooms.get(boardId) ?? 0
	}

	/** Open (admitted, not released) connections of a link. */
	linkCount(linkKey: string): number {
		return this.links.get(linkKey) ?? 0
	}

	/** Addresses currently tracked (for tests and metrics). */
	get trackedAddresses(): number {
		return this.addressBuckets.size
	}

	/** Links currently tracked by the connect rate (for tests and metrics). */
	get trackedLinks(): number {
		return this.linkBuckets.size
	}
}
