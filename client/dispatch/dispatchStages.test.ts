import { describe, expect, it } from 'vitest'
import type { DispatchStep } from '../../shared/domain/cardProps'
import {
	advanceProps,
	defaultActorFor,
	formatIsoDate,
	nextStage,
	stageDates,
	stageRole,
	todayIso,
} from './dispatchStages'

const roles = { publisher: '', applicant: 'C社区两委', coordinator: '', executor: '', leadActor: 'P社工机构' }

describe('the dispatch workflow', () => {
	it.each([
		['published', 'applied'],
		['applied', 'coordinating'],
		['coordinating', 'executing'],
		['executing', 'closed'],
		['closed', 'followUp'],
		['followUp', null],
		['nonsense', null],
	])('after %s comes %s', (status, next) => {
		expect(nextStage(status)).toBe(next)
	})

	it('names the role of each stage', () => {
		expect(stageRole('applied')).toBe('applicant')
		expect(stageRole('executing')).toBe('executor')
		expect(stageRole('followUp')).toBe('coordinator')
		expect(stageRole('x')).toBeNull()
	})

	it('dates each stage by its last dated step', () => {
		const trail: DispatchStep[] = [
			{ stage: 'published', date: '2026-03-01', by: '街道办', note: '' },
			{ stage: 'applied', date: '', by: 'C社区两委', note: '' },
			{ stage: 'applied', date: '2026-03-08', by: 'C社区两委', note: '补交' },
		]
		expect(stageDates(trail)).toEqual({ published: '2026-03-01', applied: '2026-03-08' })
	})

	it('suggests the project’s actor for the stage, else its lead', () => {
		expect(defaultActorFor(roles, 'applied')).toBe('C社区两委')
		expect(defaultActorFor(roles, 'coordinating')).toBe('P社工机构')
	})

	it('advances: status, a dated step appended, and the empty role filled in', () => {
		const trail: DispatchStep[] = [{ stage: 'published', date: '2026-03-01', by: '街道办', note: '' }]
		const props = { ...roles, dispatchTrail: trail }
		expect(advanceProps(props, 'coordinating', { date: '2026-03-10', by: ' P社工机构 ', note: '' })).toEqual({
			status: 'coordinating',
			dispatchTrail: [...trail, { stage: 'coordinating', date: '2026-03-10', by: 'P社工机构', note: '' }],
			coordinator: 'P社工机构',
		})
		// A role already named stays as it is.
		expect(advanceProps(props, 'applied', { date: '2026-03-05', by: '另一个社区', note: '' })).not.toHaveProperty(
			'applicant',
		)
		expect(advanceProps(props, 'closed', { date: '2026-12-01', by: 'P社工机构', note: '按期结项' }).status).toBe(
			'closed',
		)
	})

	it('writes today in the device’s time zone', () => {
		expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
	})
})

describe('dates in the dispatch view', () => {
	it('read as Chinese or English dates', () => {
		expect(formatIsoDate('2026-03-01', 'zh')).toBe('2026年3月1日')
		expect(formatIsoDate('2026-12-06', 'en')).toBe('6 Dec 2026')
		expect(formatIsoDate('', 'zh')).toBe('')
	})
})
