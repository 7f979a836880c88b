import { describe, expect, it } from 'vitest'
import { publicUrlFromEnv } from './publicUrlFromEnv'

describe('publicUrlFromEnv', () => {
	it.each([
		[undefined, null],
		['', null],
		['  ', null],
		['http://192.168.1.20:3000', 'http://192.168.1.20:3000'],
		['https://niudai.example.org/board/', 'https://niudai.example.org'],
		[' http://10.0.0.5 ', 'http://10.0.0.5'],
	])('%j → %j', (raw, origin) => {
		expect(publicUrlFromEnv(raw)).toBe(origin)
	})

	it.each(['192.168.1.20:3000', 'ftp://host', 'not a url'])('refuses %j, naming PUBLIC_URL', (raw) => {
		expect(() => publicUrlFromEnv(raw)).toThrow(/PUBLIC_URL/)
	})
})
