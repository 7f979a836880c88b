import type { IncomingMessage } from 'node:http'
import type { RequestHandler } from 'express'
import helmet from 'helmet'

/** Options of `securityHeaders`. */
export interface SecurityHeadersOptions {
	/**
	 * Also allow `ws://<host>` and `wss://<host>` in `connect-src`, where `<host>` is the
	 * request's own `Host` header. Current browsers let `'self'` match the same-origin
	 * WebSocket; older WebKit (phones in a meeting room) needs the explicit source. Never a
	 * bare `ws:`/`wss:` scheme, which would allow any host. Default true.
	 */
	explicitWebSocketSources?: boolean
	/**
	 * Send `Strict-Transport-Security`. Off by default: the server usually runs on plain
	 * http in a LAN, and HSTS belongs to whatever terminates TLS in front of it.
	 */
	hsts?: boolean
}

/** A `Host` header that may safely appear in a CSP source (hostname or IPv4, optional port). */
const CSP_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/i

/**
 * The `connect-src` sources for the request's own WebSocket endpoint, or `'self'` again
 * when the Host header cannot be written as a CSP host source (missing, IPv6 literal,
 * anything odd) — a duplicate `'self'` is harmless.
 */
export function sameHostWebSocketSources(req: IncomingMessage): string {
	const host = req.headers.host
	if (typeof host !== 'string' || host.length > 260 || !CSP_HOST.test(host)) return "'self'"
	const h = host.toLowerCase()
	return `ws://${h} wss://${h}`
}

/** The Content-Security-Policy directives (values may depend on the request). */
export function cspDirectives(
	opts: SecurityHeadersOptions = {},
): Record<string, (string | ((req: IncomingMessage) => string))[]> {
	const connect: (string | ((req: IncomingMessage) => string))[] = ["'self'"]
	if (opts.explicitWebSocketSources ?? true) connect.push(sameHostWebSocketSources)
	return {
		'default-src': ["'self'"],
		'script-src': ["'self'"],
		'script-src-attr': ["'none'"],
		// tldraw sets inline style attributes and injects <style> elements.
		'style-src': ["'self'", "'unsafe-inline'"],
		'img-src': ["'self'", 'data:', 'blob:'],
		'media-src': ["'self'", 'data:', 'blob:'],
		'font-src': ["'self'", 'data:'],
		'connect-src': connect,
		'worker-src': ["'self'", 'blob:'],
		'object-src': ["'none'"],
		'base-uri': ["'self'"],
		'frame-ancestors': ["'none'"],
		'form-action': ["'self'"],
	}
}

/**
 * Security headers for every response (helmet): a strict Content-Security-Policy that
 * allows only the server itself (no `upgrade-insecure-requests`: the LAN runs on plain
 * http), `Referrer-Policy: no-referrer`, `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options: DENY`, `Cross-Origin-Resource-Policy: same-origin`, no
 * `Cross-Origin-Embedder-Policy`, no HSTS unless asked. `Cross-Origin-Opener-Policy` and
 * `Origin-Agent-Cluster` only over https (`req.secure`, which honours `trust proxy`):
 * on plain http from a LAN address Chromium ignores them and logs an error on every page.
 *
 * Routes that need a stricter policy (e.g. assets served as files) may overwrite the
 * `Content-Security-Policy` header afterwards.
 */
export function securityHeaders(opts: SecurityHeadersOptions = {}): RequestHandler {
	const headers = helmet({
		contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(opts) },
		crossOriginEmbedderPolicy: false,
		// Set below, over https only: browsers ignore it on plain http (and log an error per page).
		crossOriginOpenerPolicy: false,
		originAgentCluster: false,
		crossOriginResourcePolicy: { policy: 'same-origin' },
		referrerPolicy: { policy: 'no-referrer' },
		strictTransportSecurity: opts.hsts ? { maxAge: 31_536_000, includeSubDomains: false } : false,
		xFrameOptions: { action: 'deny' },
		xContentTypeOptions: true,
		xPermittedCrossDomainPolicies: { permittedPolicies: 'none' },
	}) as unknown as RequestHandler
	return (req, res, next) => {
		if (req.secure) {
			res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
			res.setHeader('Origin-Agent-Cluster', '?1')
		}
		headers(req, res, next)
	}
}
