import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYMeetings } from './minutesLayout'
import { actionItemsByProject, meetingById, openMeeting, readMeetings, readMinutesItems } from './minutesRead'
import { addActionItem, addDecision } from './minutesWrite'

const base = { title: 't', place: '', agenda: [], facilitatorName: '', versionId: null }

describe('reading meetings', () => {
	it('lists well-formed meetings oldest first and finds the open one', () => {
		const doc = new Y.Doc()
		const meetings = getYMeetings(doc)
		meetings.set('m2', { ...base, id: 'm2', startedAt: 200, endedAt: null })
		meetings.set('m1', { ...base, id: 'm1', startedAt: 100, endedAt: 150 })
		meetings.set('bad', { ...base, id: 'bad', startedAt: 'x', endedAt: null })
		meetings.set('misfiled', { ...base, id: 'm9', startedAt: 300, endedAt: null })
		expect(readMeetings(doc).map((m) => m.id)).toEqual(['m1', 'm2'])
		expect(openMeeting(doc)?.id).toBe('m2')
		expect(meetingById(doc, 'm1')?.endedAt).toBe(150)
		expect(meetingById(doc, 'misfiled')).toBeNull()
	})

	it('takes the later of two open meetings as the open one', () => {
		const doc = new Y.Doc()
		getYMeetings(doc).set('a', { ...base, id: 'a', startedAt: 300, endedAt: null })
		getYMeetings(doc).set('b', { ...base, id: 'b', startedAt: 100, endedAt: null })
		expect(openMeeting(doc)?.id).toBe('a')
		expect(openMeeting(new Y.Doc())).toBeNull()
	})
})

describe('reading minutes items', () => {
	it('separates decisions and action items, oldest first, and groups action items by project', () => {
		const doc = new Y.Doc()
		addActionItem(doc, { meetingId: 'm1', what: '二', projectId: 'shape:p1', id: 'a2' }, { now: 20 })
		addActionItem(doc, { meetingId: 'm2', what: '一', projectId: 'shape:p1', id: 'a1' }, { now: 10 })
		addActionItem(doc, { meetingId: 'm1', what: '无项目', id: 'a3' }, { now: 30 })
		addDecision(doc, { meetingId: 'm1', text: 'd', id: 'd1' }, { now: 5 })
		const items = readMinutesItems(doc)
		expect(items.decisions.map((d) => d.id)).toEqual(['d1'])
		expect(items.actions.map((a) => a.id)).toEqual(['a1', 'a2', 'a3'])
		const byProject = actionItemsByProject(doc)
		expect([...byProject.keys()]).toEqual(['shape:p1'])
		expect(byProject.get('shape:p1')?.map((a) => a.what)).toEqual(['一', '二'])
	})
})
