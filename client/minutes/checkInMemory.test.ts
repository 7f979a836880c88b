import { describe, expect, it } from 'vitest'
import { parseCheckInMemory, withCheckIn, withDismissed } from './checkInMemory'

describe('check-in memory', () => {
	it('reads nothing from missing or garbled storage', () => {
		expect(parseCheckInMemory(null)).toEqual({ body: null, meetingIds: [], dismissed: [] })
		expect(parseCheckInMemory('{not json')).toEqual({ body: null, meetingIds: [], dismissed: [] })
		expect(
			parseCheckInMemory(JSON.stringify({ body: { name: 'a', organisation: '', sector: 'aliens' } })).body,
		).toBeNull()
	})
	it('remembers the last check-in, the meetings checked in to (newest first) and dismissed prompts, round trip', () => {
		const body = { name: '李师傅', organisation: '小卖部', sector: 'market' as const }
		let m = withCheckIn(parseCheckInMemory(null), 'm1', body)
		m = withCheckIn(m, 'm2', body)
		m = withCheckIn(m, 'm1', body)
		m = withDismissed(m, 'm3')
		const read = parseCheckInMemory(JSON.stringify(m))
		expect(read).toEqual({ body, meetingIds: ['m1', 'm2'], dismissed: ['m3'] })
	})
	it('keeps only the last eight meetings', () => {
		let m = parseCheckInMemory(null)
		for (let i = 0; i < 12; i++) m = withDismissed(m, `m${i}`)
		expect(m.dismissed).toHaveLength(8)
		expect(m.dismissed[0]).toBe('m11')
	})
})
