import { describe, expect, it } from 'vitest'
import { activityQuery, activityQueryString } from './activityFilter'

const now = new Date(2026, 2, 10, 15, 30).getTime()
const midnight = (month: number, day: number) => new Date(2026, month - 1, day).getTime()

describe('activityQuery', () => {
	it('asks for everything with no person and all time', () => {
		expect(activityQuery({ person: '', range: { kind: 'all' } }, now)).toEqual({})
	})

	it('starts today at local midnight, and the last 7 days six midnights before', () => {
		expect(activityQuery({ person: '', range: { kind: 'today' } }, now)).toEqual({ from: midnight(3, 10) })
		expect(activityQuery({ person: '', range: { kind: 'week' } }, now)).toEqual({ from: midnight(3, 4) })
	})

	it('covers chosen dates from the first day’s start up to the midnight after the last day', () => {
		const query = activityQuery(
			{ person: '王芳', range: { kind: 'custom', from: '2026-03-01', to: '2026-03-05' } },
			now,
		)
		expect(query).toEqual({ person: '王芳', from: midnight(3, 1), to: midnight(3, 6) })
	})

	it('leaves out a date not chosen or not a date', () => {
		expect(activityQuery({ person: ' ', range: { kind: 'custom', from: '', to: 'soon' } }, now)).toEqual({})
	})
})

describe('activityQueryString', () => {
	it('encodes a Chinese person name and the paging cursor', () => {
		const qs = activityQueryString({ person: '商户代表', before: 42, limit: 50 })
		expect(new URLSearchParams(qs.slice(1)).get('person')).toBe('商户代表')
		expect(qs).toContain('before=42')
		expect(qs).toContain('limit=50')
	})

	it('asks for the CSV with the same filters', () => {
		expect(activityQueryString({ from: 5 }, 'csv')).toBe('?from=5&format=csv')
	})

	it('is empty with no filters', () => {
		expect(activityQueryString({})).toBe('')
	})
})
