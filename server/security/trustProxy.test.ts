import type { IncomingMessage } from 'node:http'
import express from 'express'
import { describe, expect, it } from 'vitest'
import { clientAddress, parseTrustProxy, type TrustFunction } from './trustProxy'

/** express's compiled trust function for a `trust proxy` value. */
function expressTrust(value: unknown): TrustFunction {
	const app = express()
	app.set('trust proxy', value)
	return app.get('trust proxy fn') as TrustFunction
}

function request(socketAddress: string, forwardedFor?: string): IncomingMessage {
	return {
		headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
		socket: { remoteAddress: socketAddress },
		connection: { remoteAddress: socketAddress },
	} as unknown as IncomingMessage
}

describe('parseTrustProxy', () => {
	it('reads TRUST_PROXY as express reads trust proxy', () => {
		expect(parseTrustProxy(undefined)).toBeUndefined()
		expect(parseTrustProxy('  ')).toBeUndefined()
		expect(parseTrustProxy('true')).toBe(true)
		expect(parseTrustProxy('false')).toBe(false)
		expect(parseTrustProxy('2')).toBe(2)
		expect(parseTrustProxy('loopback')).toBe('loopback')
		expect(parseTrustProxy(' loopback , 10.0.0.0/8,192.168.1.1 ')).toBe('loopback,10.0.0.0/8,192.168.1.1')
		expect(parseTrustProxy('fd00::/8, uniquelocal')).toBe('fd00::/8,uniquelocal')
	})

	it('refuses what proxy-addr cannot compile, naming the variable', () => {
		expect(() => parseTrustProxy('my-proxy.local')).toThrow(/TRUST_PROXY/)
		expect(() => parseTrustProxy('10.0.0.0/99')).toThrow(/TRUST_PROXY/)
		expect(() => parseTrustProxy('-1')).toThrow(/TRUST_PROXY/)
	})
})

describe('clientAddress', () => {
	it('resolves an upgrade request exactly as express resolves req.ip', () => {
		const cases: [unknown, IncomingMessage, string][] = [
			[false, request('127.0.0.1', '10.0.0.7'), '127.0.0.1'],
			[parseTrustProxy('loopback'), request('127.0.0.1', '10.0.0.7'), '10.0.0.7'],
			[parseTrustProxy('loopback'), request('192.168.0.9', '10.0.0.7'), '192.168.0.9'],
			[parseTrustProxy('1'), request('127.0.0.1', '6.6.6.6, 10.0.0.7'), '10.0.0.7'],
			[parseTrustProxy('2'), request('127.0.0.1', '6.6.6.6, 10.0.0.7'), '6.6.6.6'],
			[parseTrustProxy('true'), request('127.0.0.1', '6.6.6.6, 10.0.0.7'), '6.6.6.6'],
			[parseTrustProxy('127.0.0.1,10.0.0.0/8'), request('127.0.0.1', '6.6.6.6, 10.0.0.7'), '6.6.6.6'],
		]
		for (const [setting, req, expected] of cases) expect(clientAddress(req, expressTrust(setting))).toBe(expected)
	})
})
