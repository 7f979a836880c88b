import type { IncomingMessage } from 'node:http'
import proxyaddr from 'proxy-addr'

/**
 * Which reverse proxies to believe, exactly as express's `trust proxy` setting takes it:
 * `false` (none: the socket's address is the client), `true` (every hop — only when the
 * server is reachable through the proxy alone), a number of hops, or addresses and
 * subnets (`loopback`, `linklocal`, `uniquelocal`, `10.0.0.0/8`, …) as an array or a
 * comma-separated string.
 */
export type TrustProxySetting = boolean | number | string | string[]

/** Decides whether the address `addr`, `hop` hops from the server, is a trusted proxy. */
export type TrustFunction = (addr: string, hop: number) => boolean

/**
 * Reads `TRUST_PROXY` as express would take it: `true`/`false`, a whole number of hops,
 * or a comma list of addresses, subnets and names (`loopback`, `uniquelocal`, …).
 * Empty or unset: undefined (no proxy trusted). Throws on an address proxy-addr refuses.
 */
export function parseTrustProxy(raw: string | undefined, name = 'TRUST_PROXY'): TrustProxySetting | undefined {
	if (raw === undefined) return undefined
	const value = raw.trim()
	if (value === '') return undefined
	if (value === 'true') return true
	if (value === 'false') return false
	if (/^\d+$/.test(value)) return Number(value)
	const list = value
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '')
	try {
		proxyaddr.compile(list)
	} catch (err) {
		throw new Error(`${name} must be true, false, a number of hops or addresses/subnets: ${(err as Error).message}`)
	}
	return list.join(',')
}

/**
 * The client address of a request that express does not see (a WebSocket upgrade):
 * `X-Forwarded-For` is followed only through hops `trust` accepts, as `req.ip` does.
 */
export function clientAddress(req: IncomingMessage, trust: TrustFunction): string {
	return proxyaddr(req, trust)
}
