import { describe, expect, it } from 'vitest'
import type { ActivityActor, ActivityEntry } from '../../shared/activity/activityTypes'
import { activityDays, activityPeople } from './activityDays'

const entry = (id: number, at: number, actor: Partial<ActivityActor> = {}): ActivityEntry => ({
	id,
	boardId: 'b',
	at,
	kind: 'card_edited',
	actor: { linkId: 'l', linkLabel: '', role: 'editor', name: '', ...actor },
	targetId: null,
	targetType: null,
	targetTitle: '',
	fields: [],
})

describe('activityDays', () => {
	it('groups newest-first entries by local day, in order', () => {
		const e = [
			entry(4, new Date(2026, 2, 10, 9).getTime()),
			entry(3, new Date(2026, 2, 10, 0, 1).getTime()),
			entry(2, new Date(2026, 2, 9, 23, 59).getTime()),
			entry(1, new Date(2026, 2, 1, 8).getTime()),
		]
		const days = activityDays(e)
		expect(days.map((d) => d.entries.map((x) => x.id))).toEqual([[4, 3], [2], [1]])
		expect(days[0].day).toBe(new Date(2026, 2, 10).getTime())
	})
})

describe('activityPeople', () => {
	it('lists every name and link label once, and keeps the current choice', () => {
		const e = [
			entry(3, 0, { name: '王芳', linkLabel: '商户代表' }),
			entry(2, 0, { name: '王芳', linkLabel: '商户代表' }),
			entry(1, 0, { name: '', linkLabel: '' }),
		]
		const people = activityPeople(e, ['李明', ''])
		expect(new Set(people)).toEqual(new Set(['李明', '商户代表', '王芳']))
		expect(people).toHaveLength(3)
		expect(activityPeople(e)).toHaveLength(2)
	})
})
