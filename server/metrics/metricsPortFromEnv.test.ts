import { describe, expect, it } from 'vitest'
import { metricsPortFromEnv } from './metricsPortFromEnv'

describe('metricsPortFromEnv', () => {
	it('reads a port, nothing when unset or empty, and refuses anything else', () => {
		expect(metricsPortFromEnv('9464')).toBe(9464)
		expect(metricsPortFromEnv('0')).toBe(0)
		expect(metricsPortFromEnv(undefined)).toBeUndefined()
		expect(metricsPortFromEnv(' ')).toBeUndefined()
		for (const bad of ['abc', '-1', '65536', '94.64']) {
			expect(() => metricsPortFromEnv(bad)).toThrow(/METRICS_PORT must be an integer between 0 and 65535/)
		}
	})
})
