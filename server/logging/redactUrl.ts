import { PARTICIPANT_QUERY_PARAM, TOKEN_QUERY_PARAM } from '../../shared/protocol'

/** What a redacted secret is logged as. */
export const REDACTED = '[redacted]'

/**
 * Query parameters that carry secrets: a link token (`?t=`, also the admin token), the
 * participant secret (`?p=`), the home page's `?admin=<token>`, and the usual names for
 * tokens elsewhere.
 */
const SECRET_PARAMS = new Set([TOKEN_QUERY_PARAM, PARTICIPANT_QUERY_PARAM, 'admin', 'token', 'access_token', 'secret'])

/**
 * A value that looks like a token wherever it appears (a path segment or another query
 * value): 40 or more URL-safe base64 characters. Tokens are 43 (32 random bytes); board
 * ids are at most 32 and asset and link ids 16, so they are kept.
 */
const TOKEN_LIKE = /^[A-Za-z0-9_-]{40,}$/

function decoded(part: string): string {
	try {
		return decodeURIComponent(part.replace(/\+/g, ' '))
	} catch {
		return part
	}
}

function redactPathSegment(segment: string): string {
	return TOKEN_LIKE.test(decoded(segment)) ? REDACTED : segment
}

function redactQueryPair(pair: string): string {
	const eq = pair.indexOf('=')
	const name = eq < 0 ? pair : pair.slice(0, eq)
	if (eq < 0) return TOKEN_LIKE.test(decoded(name)) ? REDACTED : pair
	const value = pair.slice(eq + 1)
	if (SECRET_PARAMS.has(decoded(name).replace(/^\?+/, '').trim().toLowerCase()) || TOKEN_LIKE.test(decoded(value))) {
		return `${name}=${REDACTED}`
	}
	return pair
}

/**
 * A request URL (path and query, or an absolute URL) fit for a log: the values of secret
 * query parameters (`t`, `p`, `admin`, `token` …) and anything token-like in the path or
 * the query replaced by `[redacted]`; everything else as it was. Never throws.
 */
export function redactUrl(url: string): string {
	const hash = url.indexOf('#')
	const withoutHash = hash < 0 ? url : url.slice(0, hash)
	const q = withoutHash.indexOf('?')
	const beforeQuery = q < 0 ? withoutHash : withoutHash.slice(0, q)
	// The scheme and host of an absolute URL stay as they are; only the path is looked at.
	const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(beforeQuery)?.[0] ?? ''
	const path = beforeQuery.slice(origin.length).split('/').map(redactPathSegment).join('/')
	const query =
		q < 0
			? ''
			: `?${withoutHash
					.slice(q + 1)
					.split('&')
					.map(redactQueryPair)
					.join('&')}`
	// A fragment never reaches the server; a logged Referer's may hold anything.
	return `${origin}${path}${query}${hash < 0 ? '' : `#${REDACTED}`}`
}
