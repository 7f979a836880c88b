import crypto from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { TOKEN_QUERY_PARAM } from '../../shared/protocol'

/** The longest token string the server looks at; anything longer is not a token. */
const MAX_TOKEN_LENGTH = 256

/** A new random token: 32 bytes (256 bits), base64url. */
export function generateToken(): string {
	return crypto.randomBytes(32).toString('base64url')
}

/** A new random share-link id (96 bits, URL-safe); not a secret. */
export function newLinkId(): string {
	return crypto.randomBytes(12).toString('base64url')
}

/** The sha256 hash (hex) under which a token is stored. */
export function hashToken(token: string): string {
	return crypto.createHash('sha256').update(token, 'utf8').digest('hex')
}

/** True when two tokens are equal, compared in constant time (on their hashes). */
export function tokensEqual(a: string, b: string): boolean {
	return crypto.timingSafeEqual(Buffer.from(hashToken(a), 'hex'), Buffer.from(hashToken(b), 'hex'))
}

function clean(token: string | undefined | null): string | null {
	if (!token) return null
	const t = token.trim()
	return t.length > 0 && t.length <= MAX_TOKEN_LENGTH ? t : null
}

/**
 * The token of a request: `Authorization: Bearer <t>`, else the `?t=` query parameter
 * (the query is only read when there is no Authorization header).
 */
export function tokenFromRequest(headers: IncomingHttpHeaders, url: string | undefined): string | null {
	const auth = headers.authorization
	if (typeof auth === 'string' && auth.trim() !== '') {
		const m = /^Bearer\s+(\S+)\s*$/i.exec(auth.trim())
		return m ? clean(m[1]) : null
	}
	if (!url) return null
	const values = new URL(url, 'http://localhost').searchParams.getAll(TOKEN_QUERY_PARAM)
	return values.length === 1 ? clean(values[0]) : null
}
