import { describe, expect, it } from 'vitest'
import type { ActionItem, Attendee, Decision } from '../../shared/meeting/minutesLayout'
import { attendanceGroups } from './attendanceGroups'
import { isOverdue } from './isOverdue'
import { meetingSummary } from './meetingSummary'
import { moveItem } from './moveItem'
import { searchCards } from './searchCards'

const person = (p: Partial<Attendee> & { personId: string }): Attendee => ({
	meetingId: 'm1',
	name: p.personId,
	organisation: '',
	sector: null,
	linkLabel: '',
	role: 'participant',
	firstSeenAt: 0,
	checkedInAt: null,
	...p,
})
const action = (p: Partial<ActionItem> & { id: string }): ActionItem => ({
	kind: 'action',
	meetingId: 'm1',
	who: '',
	what: '',
	due: '',
	projectId: null,
	done: false,
	createdAt: 0,
	...p,
})
const decision = (id: string, meetingId = 'm1'): Decision => ({
	id,
	kind: 'decision',
	meetingId,
	text: id,
	cardIds: [],
	voteId: null,
	createdAt: 0,
})

describe('attendanceGroups', () => {
	it('groups checked-in people by sector in 政府/市场/社会/居民 order and lists the rest as not checked in', () => {
		const groups = attendanceGroups(
			[
				person({ personId: 'shop', sector: 'market', checkedInAt: 5 }),
				person({ personId: 'cadre', sector: 'government', checkedInAt: 9 }),
				person({ personId: 'lurker', firstSeenAt: 3 }),
				person({ personId: 'other-meeting', meetingId: 'm0', sector: 'society', checkedInAt: 1 }),
			],
			'm1',
		)
		expect(groups.sectors.map((g) => [g.sector, g.people.map((p) => p.personId)])).toEqual([
			['government', ['cadre']],
			['market', ['shop']],
		])
		expect(groups.notCheckedIn.map((p) => p.personId)).toEqual(['lurker'])
		expect(groups.total).toBe(3)
	})
})

describe('isOverdue', () => {
	it('marks an open item whose date has passed, never a done or undated one', () => {
		expect(isOverdue({ due: '2026-03-01', done: false }, '2026-03-02')).toBe(true)
		expect(isOverdue({ due: '2026-03-02', done: false }, '2026-03-02')).toBe(false)
		expect(isOverdue({ due: '2026-03-01', done: true }, '2026-03-02')).toBe(false)
		expect(isOverdue({ due: '', done: false }, '2026-03-02')).toBe(false)
	})
})

describe('moveItem', () => {
	it('moves an entry up and down and clamps at the ends', () => {
		expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
		expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
		expect(moveItem(['a', 'b'], 1, 5)).toEqual(['a', 'b'])
		expect(moveItem(['a', 'b'], 7, 0)).toEqual(['a', 'b'])
	})
})

describe('searchCards', () => {
	const cards = [
		{ id: '1', kind: 'need', title: '老年人助餐' },
		{ id: '2', kind: 'project', title: '助餐点建设' },
		{ id: '3', kind: 'need', title: '加装电梯' },
	]
	it('finds cards containing every word, leaving out chosen ones, up to the limit', () => {
		expect(searchCards(cards, '助餐').map((c) => c.id)).toEqual(['1', '2'])
		expect(searchCards(cards, '助餐 建设').map((c) => c.id)).toEqual(['2'])
		expect(searchCards(cards, '助餐', new Set(['1'])).map((c) => c.id)).toEqual(['2'])
		expect(searchCards(cards, '', new Set(), 2)).toHaveLength(2)
	})
})

describe('meetingSummary', () => {
	it('counts the people, decisions and action items of one meeting only', () => {
		expect(
			meetingSummary('m1', [person({ personId: 'a' }), person({ personId: 'b', meetingId: 'm0' })], {
				decisions: [decision('d1'), decision('d0', 'm0')],
				actions: [action({ id: 'a1' }), action({ id: 'a2' })],
			}),
		).toEqual({ attendees: 1, decisions: 1, actions: 2 })
	})
})
