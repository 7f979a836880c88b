import { describe, expect, it } from 'vitest'
import { type PrecompressedEncoding, pickEncoding } from './pickEncoding'

const both: PrecompressedEncoding[] = ['br', 'gzip']

describe('pickEncoding', () => {
	it.each([
		['Chromium (gzip listed first)', 'gzip, deflate, br, zstd', both, 'br'],
		['gzip only', 'gzip, deflate', both, 'gzip'],
		['x-gzip counts as gzip', 'x-gzip', both, 'gzip'],
		['no header', undefined, both, null],
		['identity only', 'identity', both, null],
		['brotli refused with q=0', 'br;q=0, gzip', both, 'gzip'],
		['everything refused', 'br;q=0, gzip;q=0', both, null],
		['a lower q for brotli wins for gzip', 'br;q=0.5, gzip;q=0.8', both, 'gzip'],
		['the wildcard accepts brotli', '*', both, 'br'],
		['a named coding overrides the wildcard', '*, br;q=0', both, 'gzip'],
		['only a gzip copy exists', 'br, gzip', ['gzip'], 'gzip'],
		['no copies exist', 'br, gzip', [], null],
		['case and spaces do not matter', ' BR ; Q=1 ', both, 'br'],
		['a garbled q counts as refusal', 'br;q=abc', both, null],
	] as const)('%s: %s → %s', (_name, header, available, expected) => {
		expect(pickEncoding(header, available)).toBe(expected)
	})
})
