import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYMeeting, MEETING_TIMER_KEY } from '../../shared/meeting/meetingLayout'
import { canRunMeeting, writeMeetingAsFacilitator } from './writeMeetingAsFacilitator'

describe('writeMeetingAsFacilitator', () => {
	it('writes and clears a key for a facilitator', () => {
		const doc = new Y.Doc()
		const timer = { status: 'idle', durationMs: 60_000 }
		expect(writeMeetingAsFacilitator(doc, 'facilitator', MEETING_TIMER_KEY, timer)).toBe(true)
		expect(getYMeeting(doc).get(MEETING_TIMER_KEY)).toEqual(timer)
		expect(writeMeetingAsFacilitator(doc, 'facilitator', MEETING_TIMER_KEY, null)).toBe(true)
		expect(getYMeeting(doc).has(MEETING_TIMER_KEY)).toBe(false)
	})

	it.each(['editor', 'viewer'] as const)('refuses a %s: nothing is written', (role) => {
		const doc = new Y.Doc()
		let updates = 0
		doc.on('update', () => updates++)
		expect(canRunMeeting(role)).toBe(false)
		expect(writeMeetingAsFacilitator(doc, role, MEETING_TIMER_KEY, { status: 'idle', durationMs: 60_000 })).toBe(false)
		expect(getYMeeting(doc).size).toBe(0)
		expect(updates).toBe(0)
	})

	it('does nothing without a doc', () => {
		expect(writeMeetingAsFacilitator(null, 'facilitator', MEETING_TIMER_KEY, null)).toBe(false)
	})
})
