import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'
import { pinoHttp } from 'pino-http'
import type { Logger } from '../logger'
import { redactHeaders } from './redactHeaders'
import { redactUrl } from './redactUrl'

/** Probes and the metrics scrape: logged at debug, so an info log shows what people do. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics', '/sw.js', '/precache.json', '/favicon.ico'])

/** Files of the built client (hashed assets, icons, fonts, the manifest). */
const STATIC_FILE = /\.(?:js|mjs|css|map|png|svg|ico|jpg|jpeg|webp|gif|woff2?|ttf|txt|webmanifest|json)$/i

/** The path of a request URL, without its query. */
function pathOf(url: string | undefined): string {
	const raw = url ?? '/'
	const q = raw.indexOf('?')
	return q < 0 ? raw : raw.slice(0, q)
}

/** True for requests an info log leaves out: health and readiness probes, metrics, static files. */
export function isQuietRequest(url: string | undefined): boolean {
	const path = pathOf(url)
	if (QUIET_PATHS.has(path)) return true
	if (path.startsWith('/api/')) return false
	return path.startsWith('/assets/') || STATIC_FILE.test(path)
}

/** The URL a request was made with (express's sub-routers rewrite `req.url`). */
function originalUrl(req: IncomingMessage): string {
	return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
}

/**
 * HTTP access log through pino-http on the server's logger: one line per request when
 * its answer is sent — method, URL and headers with every token redacted (redactUrl,
 * redactHeaders), status and duration (`responseTime`, ms). Server errors at `error`,
 * client errors at `warn`, probes, metrics and static files at `debug`, the rest at `info`.
 */
export function accessLog(logger: Logger): RequestHandler {
	return pinoHttp({
		logger,
		wrapSerializers: false,
		quietReqLogger: false,
		serializers: {
			req: (req: IncomingMessage) => ({
				method: req.method,
				url: redactUrl(originalUrl(req)),
				remoteAddress: req.socket?.remoteAddress,
				headers: redactHeaders(req.headers),
			}),
			res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
		},
		customLogLevel: (req, res, err) => {
			if (err || res.statusCode >= 500) return 'error'
			if (isQuietRequest(originalUrl(req))) return 'debug'
			return res.statusCode >= 400 ? 'warn' : 'info'
		},
		customSuccessMessage: (req, res) => `${req.method} ${redactUrl(originalUrl(req))} ${res.statusCode}`,
		customErrorMessage: (req, res) => `${req.method} ${redactUrl(originalUrl(req))} ${res.statusCode}`,
	}) as unknown as RequestHandler
}
