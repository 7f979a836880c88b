import { describe, expect, it } from 'vitest'
import { ACTIVITY_COALESCE_MAX_SPAN_MS, ACTIVITY_COALESCE_MS } from '../../shared/activity/activityTypes'
import type { ActivityDraft } from './ActivityDraft'
import { actorKey, type CoalescibleEntry, canCoalesce, coalesceInto } from './coalesceActivity'

const editor = actorKey({ linkId: 'l1', role: 'editor', name: '李' })
const edit = (fields: string[], title = '助餐'): ActivityDraft => ({
	kind: 'card_edited',
	targetId: 'shape:a',
	targetType: 'need',
	targetTitle: title,
	fields,
})
const entry = (kind: CoalescibleEntry['kind'], at: number, fields: string[] = []): CoalescibleEntry => ({
	kind,
	actorKey: editor,
	at,
	lastAt: at,
	fields,
	targetTitle: '旧',
})

describe('coalescing the activity log', () => {
	it('merges consecutive edits by the same actor within the window, fields merged, title and time the newest', () => {
		const last = entry('card_edited', 1000, ['position'])
		expect(canCoalesce(last, edit(['title']), editor, 1000 + ACTIVITY_COALESCE_MS)).toBe(true)
		coalesceInto(last, edit(['title', 'position'], '新'), 5000)
		expect(last).toMatchObject({ fields: ['position', 'title'], targetTitle: '新', at: 1000, lastAt: 5000 })
	})

	it('folds the creator’s first edits into the creation, which keeps no fields', () => {
		const created = entry('card_created', 1000)
		expect(canCoalesce(created, edit(['title']), editor, 2000)).toBe(true)
		coalesceInto(created, edit(['title'], '助餐'), 2000)
		expect(created).toMatchObject({ kind: 'card_created', fields: [], targetTitle: '助餐', lastAt: 2000 })
	})

	it('does not merge another actor’s edit (another name on the same link counts as another), a late edit, or past the longest span', () => {
		const last = entry('card_edited', 1000, ['title'])
		expect(canCoalesce(last, edit(['title']), actorKey({ linkId: 'l1', role: 'editor', name: '王' }), 2000)).toBe(false)
		expect(canCoalesce(last, edit(['title']), editor, 1000 + ACTIVITY_COALESCE_MS + 1)).toBe(false)
		const long = { ...last, lastAt: 1000 + ACTIVITY_COALESCE_MAX_SPAN_MS }
		expect(canCoalesce(long, edit(['title']), editor, 1001 + ACTIVITY_COALESCE_MAX_SPAN_MS)).toBe(false)
		// Nothing merges into a deletion, and a deletion merges into nothing.
		expect(canCoalesce(entry('card_deleted', 1000), edit(['title']), editor, 1001)).toBe(false)
		expect(canCoalesce(last, { ...edit([]), kind: 'card_deleted' }, editor, 1001)).toBe(false)
	})
})
