import http from 'node:http'
import type { RequestHandler } from 'express'
import type { ApiErrorBody } from '../../shared/apiTypes'
import { tokensEqual } from '../auth/tokens'
import type { ServerMetrics } from './ServerMetrics'

function sendJsonError(res: http.ServerResponse, status: number, code: string, message: string): void {
	const body: ApiErrorBody = { error: { code, message } }
	res.statusCode = status
	res.setHeader('Content-Type', 'application/json; charset=utf-8')
	res.setHeader('Cache-Control', 'no-store')
	res.end(JSON.stringify(body))
}

async function sendMetrics(metrics: ServerMetrics, res: http.ServerResponse): Promise<void> {
	const text = await metrics.text()
	res.statusCode = 200
	res.setHeader('Content-Type', metrics.contentType)
	res.setHeader('Cache-Control', 'no-store')
	res.end(text)
}

/** The Bearer token of an Authorization header, or null. */
function bearerToken(header: string | undefined): string | null {
	const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header.trim()) : null
	return m ? m[1] : null
}

/**
 * `GET /metrics` on the main port: the Prometheus text, only with `Authorization: Bearer
 * <admin token>` (never `?t=`: a query ends up in proxies' logs); 401 otherwise.
 */
export function metricsRoute(metrics: ServerMetrics, adminToken: string | undefined): RequestHandler {
	return (req, res, next) => {
		const token = bearerToken(req.headers.authorization)
		if (!adminToken) {
			sendJsonError(
				res,
				401,
				'unauthorized',
				'Metrics need the admin token, and this server has none: set METRICS_PORT to scrape them on a port of their own',
			)
			return
		}
		if (token === null) {
			res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
			sendJsonError(
				res,
				401,
				'unauthorized',
				'GET /metrics needs the admin token as "Authorization: Bearer <token>" (or scrape METRICS_PORT)',
			)
			return
		}
		if (!tokensEqual(token, adminToken)) {
			res.setHeader('WWW-Authenticate', 'Bearer realm="metrics", error="invalid_token"')
			sendJsonError(res, 401, 'unauthorized', 'That is not the admin token')
			return
		}
		sendMetrics(metrics, res).catch(next)
	}
}

/**
 * A listener of its own for the metrics (`METRICS_PORT`), without a token: only
 * `GET /metrics`, on `host` (HOST, else 127.0.0.1 so it is not reachable from elsewhere).
 */
export async function listenForMetrics(metrics: ServerMetrics, port: number, host: string): Promise<http.Server> {
	const server = http.createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0]
		if (path !== '/metrics') {
			sendJsonError(res, 404, 'not_found', 'Only GET /metrics is served on this port')
			return
		}
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('Allow', 'GET, HEAD')
			sendJsonError(res, 405, 'method_not_allowed', 'Only GET /metrics is served on this port')
			return
		}
		sendMetrics(metrics, res).catch(() => sendJsonError(res, 500, 'internal', 'Metrics could not be collected'))
	})
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject)
		server.listen(port, host, () => {
			server.off('error', reject)
			resolve()
		})
	})
	return server
}
