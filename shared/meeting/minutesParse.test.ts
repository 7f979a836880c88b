import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseAttendee, parseMeeting, parseMinutesItem, parseSector } from './minutesParse'

const meeting = {
	id: 'm1',
	title: '3月联席会议',
	place: '居委会',
	agenda: ['助餐'],
	facilitatorName: '王',
	startedAt: 100,
	endedAt: null,
	versionId: null,
}

function itemMap(fields: Record<string, unknown>): Y.Map<unknown> {
	const doc = new Y.Doc()
	const map = doc.getMap<Y.Map<unknown>>('minutes').set('x', new Y.Map())
	for (const [k, v] of Object.entries(fields)) map.set(k, v)
	return map
}

describe('parseMeeting', () => {
	it('reads a well-formed meeting', () => {
		expect(parseMeeting(meeting)).toEqual(meeting)
	})

	it('refuses a meeting without id or start, or ending before it starts', () => {
		expect(parseMeeting({ ...meeting, id: '' })).toBeNull()
		expect(parseMeeting({ ...meeting, startedAt: -1 })).toBeNull()
		expect(parseMeeting({ ...meeting, endedAt: 50 })).toBeNull()
		expect(parseMeeting({ ...meeting, endedAt: 'soon' })).toBeNull()
		expect(parseMeeting([meeting])).toBeNull()
	})

	it('reads wrong-typed text as empty, cuts long text and drops non-text topics', () => {
		const parsed = parseMeeting({ ...meeting, title: 5, place: 'x'.repeat(500), agenda: ['a', 3, 'b'] })
		expect(parsed).toMatchObject({ title: '', agenda: ['a', 'b'] })
		expect(parsed?.place).toHaveLength(100)
	})
})

describe('parseMinutesItem', () => {
	it('reads a decision and an action item', () => {
		expect(
			parseMinutesItem(
				'd1',
				itemMap({ kind: 'decision', meetingId: 'm1', text: 't', cardIds: ['s1'], voteId: 'v', createdAt: 1 }),
			),
		).toEqual({ id: 'd1', kind: 'decision', meetingId: 'm1', text: 't', cardIds: ['s1'], voteId: 'v', createdAt: 1 })
		expect(
			parseMinutesItem(
				'a1',
				itemMap({
					kind: 'action',
					meetingId: 'm1',
					who: '李',
					what: 'w',
					due: '2026-01-02',
					projectId: 'p',
					done: true,
					createdAt: 2,
				}),
			),
		).toEqual({
			id: 'a1',
			kind: 'action',
			meetingId: 'm1',
			who: '李',
			what: 'w',
			due: '2026-01-02',
			projectId: 'p',
			done: true,
			createdAt: 2,
		})
	})

	it('refuses an item of unknown kind, without meeting or time, or not a map', () => {
		expect(parseMinutesItem('x', itemMap({ kind: 'note', meetingId: 'm1', createdAt: 1 }))).toBeNull()
		expect(parseMinutesItem('x', itemMap({ kind: 'decision', createdAt: 1 }))).toBeNull()
		expect(parseMinutesItem('x', itemMap({ kind: 'decision', meetingId: 'm1' }))).toBeNull()
		expect(parseMinutesItem('x', { kind: 'decision', meetingId: 'm1', createdAt: 1 })).toBeNull()
	})

	it('reads malformed fields as empty: cards, vote, due date, project, done', () => {
		expect(
			parseMinutesItem('d', itemMap({ kind: 'decision', meetingId: 'm', createdAt: 1, cardIds: 'a', voteId: 3 })),
		).toMatchObject({ cardIds: [], voteId: null, text: '' })
		expect(
			parseMinutesItem(
				'a',
				itemMap({ kind: 'action', meetingId: 'm', createdAt: 1, due: '1.4.', projectId: 7, done: 'yes' }),
			),
		).toMatchObject({ due: '', projectId: null, done: false, who: '', what: '' })
	})
})

describe('parseAttendee', () => {
	const attendee = {
		meetingId: 'm1',
		personId: 'person_x',
		name: '张三',
		organisation: '居委会',
		sector: 'government',
		linkLabel: '居民链接',
		role: 'participant',
		firstSeenAt: 5,
		checkedInAt: 6,
	}

	it('reads an attendee stored under its own key', () => {
		expect(parseAttendee('m1:person_x', attendee)).toEqual(attendee)
	})

	it('refuses an attendee under another key, with an unknown role or without first-seen time', () => {
		expect(parseAttendee('m1:person_y', attendee)).toBeNull()
		expect(parseAttendee('m1:person_x', { ...attendee, role: 'king' })).toBeNull()
		expect(parseAttendee('m1:person_x', { ...attendee, firstSeenAt: null })).toBeNull()
	})

	it('reads an unknown sector as not given', () => {
		expect(parseAttendee('m1:person_x', { ...attendee, sector: '其他' })?.sector).toBeNull()
		expect(parseSector('residents')).toBe('residents')
	})
})
