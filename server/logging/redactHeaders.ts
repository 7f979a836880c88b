import type { IncomingHttpHeaders } from 'node:http'
import { REDACTED, redactUrl } from './redactUrl'

/** Headers an access log line keeps (others are left out to keep lines short). */
const LOGGED_HEADERS = [
	'host',
	'user-agent',
	'referer',
	'origin',
	'content-type',
	'content-length',
	'x-forwarded-for',
	'authorization',
	'cookie',
] as const

/** Headers whose whole value is a secret (only the Authorization scheme is kept). */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie'])

/** Headers that hold a URL, which may carry a token in its query. */
const URL_HEADERS = new Set(['referer', 'origin'])

function redactValue(name: string, value: string): string {
	if (SECRET_HEADERS.has(name)) {
		// `Bearer [redacted]`: whether a token was sent, and how, is worth knowing; the token is not.
		const scheme = name.endsWith('authorization') ? /^([A-Za-z]+)\s+\S/.exec(value)?.[1] : undefined
		return scheme ? `${scheme} ${REDACTED}` : REDACTED
	}
	return URL_HEADERS.has(name) ? redactUrl(value) : value
}

/**
 * The headers of a request fit for a log: those in LOGGED_HEADERS, with Authorization and
 * Cookie values replaced by `[redacted]` (the scheme kept) and URLs (Referer, Origin)
 * passed through redactUrl.
 */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
	const out: Record<string, string> = {}
	for (const name of LOGGED_HEADERS) {
		const value = headers[name]
		if (value === undefined) continue
		out[name] = Array.isArray(value)
			? value.map((v) => redactValue(name, v)).join(', ')
			: redactValue(name, String(value))
	}
	return out
}
