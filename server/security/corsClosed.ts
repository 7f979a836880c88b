import type { IncomingHttpHeaders } from 'node:http'
import type { RequestHandler } from 'express'

/** Methods that change something; a cross-origin one is refused. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** The JSON body of a refused cross-origin request. */
export interface CrossOriginBody {
	error: { code: 'cross_origin'; message: string }
}

function first(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value
}

/**
 * Whether an `Origin` header names the same host as `host` (the request's own `Host`,
 * or `X-Forwarded-Host` behind a trusted proxy). The scheme is not compared, so a
 * TLS-terminating proxy in front does not break it; default ports are normalised.
 * `null`, unparsable or non-http(s) origins are never the same.
 */
export function isSameOriginHost(origin: string, host: string | undefined): boolean {
	if (!host) return false
	let o: URL
	try {
		o = new URL(origin)
	} catch {
		return false
	}
	if (o.protocol !== 'http:' && o.protocol !== 'https:') return false
	if (o.username || o.password || (o.pathname !== '/' && o.pathname !== '') || o.search || o.hash) return false
	let h: URL
	try {
		h = new URL(`${o.protocol}//${host}`)
	} catch {
		return false
	}
	if (h.username || h.password || h.pathname !== '/' || h.search || h.hash) return false
	return h.host === o.host
}

/**
 * Whether a request (HTTP or a WebSocket upgrade) comes from another site: its `Origin`
 * names another host, or, without an `Origin`, `Sec-Fetch-Site` says `cross-site` or
 * `same-site`. Requests without either header (scripts, curl, the Node y-websocket
 * client) are not cross-origin.
 */
export function isCrossOrigin(headers: IncomingHttpHeaders, host: string | undefined = first(headers.host)): boolean {
	const origin = first(headers.origin)
	if (origin !== undefined) return !isSameOriginHost(origin, host)
	const site = first(headers['sec-fetch-site'])
	return site === 'cross-site' || site === 'same-site'
}

/**
 * CORS closed: never sends `Access-Control-Allow-Origin`, answers every CORS preflight
 * (`OPTIONS` with `Access-Control-Request-Method`, or any `OPTIONS` from another origin)
 * with 403, and refuses state-changing requests (POST/PUT/PATCH/DELETE) whose `Origin`
 * differs from the request's own host with 403 `{ error: { code: 'cross_origin', message } }`.
 *
 * Reads are let through: without `Access-Control-Allow-Origin` a browser does not hand
 * the answer to the other site. Mount it before the API routes.
 */
export function corsClosed(): RequestHandler {
	return (req, res, next) => {
		// Express 5: `req.host` keeps the port and honours `trust proxy` (X-Forwarded-Host).
		const host = req.host
		const preflight = req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined
		const refuse =
			preflight || ((req.method === 'OPTIONS' || STATE_CHANGING.has(req.method)) && isCrossOrigin(req.headers, host))
		if (!refuse) {
			next()
			return
		}
		res.removeHeader('Access-Control-Allow-Origin')
		res.setHeader('Vary', 'Origin')
		res.setHeader('Cache-Control', 'no-store')
		const body: CrossOriginBody = {
			error: {
				code: 'cross_origin',
				message: preflight
					? 'Cross-origin requests are not allowed (CORS is closed)'
					: `Cross-origin ${req.method} refused: the request must come from this server's own pages`,
			},
		}
		res.status(403).json(body)
	}
}
