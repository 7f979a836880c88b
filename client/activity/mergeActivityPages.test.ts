import { describe, expect, it } from 'vitest'
import type { ActivityEntry, ActivityPage } from '../../shared/activity/activityTypes'
import { appendActivityPage, mergeActivityPages } from './mergeActivityPages'

const entry = (id: number, fields: string[] = []): ActivityEntry => ({
	id,
	boardId: 'b',
	at: id * 1000,
	kind: 'card_edited',
	actor: { linkId: 'l', linkLabel: '', role: 'editor', name: '王芳' },
	targetId: 'shape:a',
	targetType: 'need',
	targetTitle: '',
	fields,
})
const page = (ids: number[], nextBefore: number | null): ActivityPage => ({
	entries: ids.map((id) => entry(id)),
	nextBefore,
})
const ids = (p: ActivityPage) => p.entries.map((e) => e.id)

describe('mergeActivityPages', () => {
	it('puts new entries on top and keeps the older pages already loaded', () => {
		const shown = page([10, 9, 8, 7, 6, 5], 5)
		const merged = mergeActivityPages(shown, page([12, 11, 10], 10))
		expect(ids(merged)).toEqual([12, 11, 10, 9, 8, 7, 6, 5])
		expect(merged.nextBefore).toBe(5)
	})

	it('replaces an entry whose merged edit grew', () => {
		const shown = page([10, 9], 9)
		const fresh: ActivityPage = { entries: [entry(10, ['title', 'status'])], nextBefore: 10 }
		expect(mergeActivityPages(shown, fresh).entries[0].fields).toEqual(['title', 'status'])
	})

	it('starts again from the fresh page when more is new than a page holds', () => {
		const merged = mergeActivityPages(page([10, 9], 9), page([30, 29], 29))
		expect(ids(merged)).toEqual([30, 29])
		expect(merged.nextBefore).toBe(29)
	})

	it('takes a fresh page that holds everything as it is', () => {
		expect(ids(mergeActivityPages(page([3, 2], 2), page([4, 3, 2, 1], null)))).toEqual([4, 3, 2, 1])
	})
})

describe('appendActivityPage', () => {
	it('adds the older page below, without repeating an entry', () => {
		const next = appendActivityPage(page([10, 9], 9), page([9, 8, 7], null))
		expect(ids(next)).toEqual([10, 9, 8, 7])
		expect(next.nextBefore).toBeNull()
	})
})
