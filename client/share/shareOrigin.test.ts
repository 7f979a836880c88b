import { describe, expect, it } from 'vitest'
import { isLoopbackHost, shareOrigin } from './shareOrigin'

describe('shareOrigin', () => {
	it.each([
		['the page address when no PUBLIC_URL', null, 'http://192.168.1.20:3000', 'http://192.168.1.20:3000', false],
		[
			'PUBLIC_URL before the page address',
			'https://niudai.example.org/',
			'http://127.0.0.1:3000',
			'https://niudai.example.org',
			false,
		],
		[
			'PUBLIC_URL with a path: its origin',
			'http://10.0.0.5:8080/some/path',
			'http://localhost:3000',
			'http://10.0.0.5:8080',
			false,
		],
		['127.0.0.1: phones cannot reach it', null, 'http://127.0.0.1:3000', 'http://127.0.0.1:3000', true],
		['localhost: phones cannot reach it', undefined, 'http://localhost:3000', 'http://localhost:3000', true],
		['[::1]: phones cannot reach it', null, 'http://[::1]:3000', 'http://[::1]:3000', true],
		[
			'a PUBLIC_URL on loopback is still unreachable',
			'http://127.0.0.1:3000',
			'http://localhost:3000',
			'http://127.0.0.1:3000',
			true,
		],
		[
			'an unusable PUBLIC_URL: the page address',
			'not a url',
			'http://192.168.1.20:3000',
			'http://192.168.1.20:3000',
			false,
		],
	])('%s', (_what, publicUrl, location, origin, unreachable) => {
		expect(shareOrigin(publicUrl, location)).toEqual({ origin, unreachableFromPhones: unreachable })
	})

	it.each([
		['127.0.0.1', true],
		['127.1.2.3', true],
		['LOCALHOST', true],
		['app.localhost', true],
		['[::1]', true],
		['0.0.0.0', true],
		['192.168.0.10', false],
		['niudai.local', false],
		['1270.0.0.1', false],
	])('isLoopbackHost(%s) → %s', (host, loopback) => {
		expect(isLoopbackHost(host)).toBe(loopback)
	})
})
