import type { Request, RequestHandler } from 'express'
import type { SharedLimits } from '../cluster/SharedLimits'
import { clientKey, type RateLimitedBody } from './rateLimits'

/** Options of `sharedRateLimiter`. */
export interface SharedRateLimitOptions {
	/** The bucket's name (in Redis keys and the 429 message). */
	name: string
	/** Requests one address may make per window, over every node together. */
	limit: number
	windowMs: number
	/** Only count requests for which this returns true (all by default). */
	appliesTo?: (req: Request) => boolean
}

/**
 * A per-address REST limit counted over every node of a cluster (`SharedLimits.takeToken`,
 * a token bucket in Redis), mounted after the node's own express-rate-limit: behind a load
 * balancer an address spreading its requests over N nodes still gets `limit` per window, not
 * N times it. With one node, or while Redis is unreachable, it lets everything through to
 * the node's own limit. Answers 429 like the node's limiter.
 */
export function sharedRateLimiter(shared: SharedLimits, opts: SharedRateLimitOptions): RequestHandler {
	const bucket = opts.name.replace(/[^a-z0-9]+/gi, '-')
	return (req, res, next) => {
		if (opts.appliesTo && !opts.appliesTo(req)) {
			next()
			return
		}
		shared.takeToken(`rest-${bucket}`, clientKey(req.ip), opts.limit, opts.windowMs).then(
			(ok) => {
				if (ok) {
					next()
					return
				}
				// The bucket refills one request every windowMs / limit.
				const retryAfter = Math.max(1, Math.ceil(opts.windowMs / opts.limit / 1000))
				res.setHeader('Retry-After', String(retryAfter))
				const body: RateLimitedBody = {
					error: {
						code: 'rate_limited',
						message: `Too many requests (${opts.name}: at most ${opts.limit} per ${Math.round(opts.windowMs / 1000)} s over all servers); try again in ${retryAfter} s`,
					},
				}
				res.status(429).json(body)
			},
			() => next(),
		)
	}
}
