import { describe, expect, it } from 'vitest'
import { checkInPromptShown } from './checkInPromptShown'

const empty = { body: null, meetingIds: [], dismissed: [] }
const base = { meetingId: 'm1', memory: empty, asked: false, narrow: false, panelOpen: false }

describe('checkInPromptShown', () => {
	it('asks once a meeting is open, and never without one', () => {
		expect(checkInPromptShown(base)).toBe(true)
		expect(checkInPromptShown({ ...base, meetingId: null, asked: true })).toBe(false)
	})
	it('stops asking after checking in or putting it off, until asked from the panel', () => {
		const done = { ...empty, meetingIds: ['m1'] }
		const later = { ...empty, dismissed: ['m1'] }
		expect(checkInPromptShown({ ...base, memory: done })).toBe(false)
		expect(checkInPromptShown({ ...base, memory: later })).toBe(false)
		expect(checkInPromptShown({ ...base, memory: later, asked: true })).toBe(true)
		expect(checkInPromptShown({ ...base, meetingId: 'm2', memory: done })).toBe(true)
	})
	it('waits on a phone while another sheet is open, not on a laptop', () => {
		expect(checkInPromptShown({ ...base, narrow: true, panelOpen: true })).toBe(false)
		expect(checkInPromptShown({ ...base, narrow: true, panelOpen: true, asked: true })).toBe(true)
		expect(checkInPromptShown({ ...base, narrow: false, panelOpen: true })).toBe(true)
	})
})
