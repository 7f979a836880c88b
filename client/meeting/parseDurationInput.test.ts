import { describe, expect, it } from 'vitest'
import { parseDurationInput } from './parseDurationInput'

describe('parseDurationInput', () => {
	it.each([
		['5', 300_000],
		[' 10 ', 600_000],
		['2.5', 150_000],
		['2,5', 150_000],
		['.5', 30_000],
		['1:30', 90_000],
		['0:05', 5000],
		['0:01', 1000],
		['1：30', 90_000],
		['180', 10_800_000],
		['180:00', 10_800_000],
	])('%j → %s ms', (text, ms) => {
		expect(parseDurationInput(text)).toBe(ms)
	})

	it.each([
		'',
		' ',
		'.',
		'abc',
		'5分钟',
		'-5',
		'0',
		'0:00',
		'0.01',
		'181',
		'180:01',
		'1:60',
		'1:5',
		'1e3',
		'1:30:00',
		'0x10',
	])('refuses %j', (text) => {
		expect(parseDurationInput(text)).toBeNull()
	})
})
