import { describe, expect, it } from 'vitest'
import { assessIndicator } from './assessIndicator'
import type { IndicatorStatus } from './planTypes'

describe('assessIndicator: baseline → target → actual', () => {
	it.each<
		[string, number | null, number | null, number | null, IndicatorStatus, number | null, number | null, number | null]
	>([
		// name, baseline, target, actual, status, plannedChange, plannedImprovement, attainment
		['no target: 未设定', 10, null, 12, 'notSet', null, null, null],
		['nothing at all: 未设定', null, null, null, 'notSet', null, null, null],
		['target, no actual: 未填报 (not 0 %)', 100, 200, null, 'notReported', 100, 1, null],
		['target without baseline, no actual', null, 50, null, 'notReported', null, null, null],
		['half way from baseline to target', 100, 200, 150, 'reported', 100, 1, 0.5],
		['target met', 100, 200, 200, 'reported', 100, 1, 1],
		['beyond the target', 100, 200, 250, 'reported', 100, 1, 1.5],
		['below the baseline', 100, 200, 80, 'reported', 100, 1, -0.2],
		['a target below the baseline (fewer complaints)', 40, 20, 25, 'reported', -20, -0.5, 0.75],
		['no baseline: actual / target', null, 80, 60, 'reported', null, null, 0.75],
		['baseline 0: no relative improvement', 0, 10, 5, 'reported', 10, null, 0.5],
		['baseline equals target: actual / target', 90, 90, 95, 'reported', 0, 0, 95 / 90],
		['actual 0 is reported as 0', 0, 10, 0, 'reported', 10, null, 0],
		['target 0 without baseline: no attainment', null, 0, 3, 'reported', null, null, null],
	])('%s', (_name, baseline, target, actual, status, plannedChange, plannedImprovement, attainment) => {
		expect(assessIndicator({ baseline, target, actual })).toEqual({
			status,
			plannedChange,
			plannedImprovement,
			attainment,
		})
	})
})
