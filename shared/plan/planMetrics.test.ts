import { describe, expect, it } from 'vitest'
import type { ProjectIndicator } from '../domain/cardProps'
import { derivePlan } from './derivePlan'
import { effectivenessFigureOf, isVolunteerHourIndicator } from './planMetrics'
import { cardRecord } from './planTestRecords'

function ind(name: string, unit = '', target: number | null = null, actual: number | null = null): ProjectIndicator {
	return { name, dimension: 'effectiveness', baseline: null, target, actual, unit }
}

describe('effectivenessFigureOf', () => {
	it.each([
		['居民参与人次', 'participation'],
		['参加活动居民', 'participation'],
		['Residents participating', 'participation'],
		['招募志愿者', 'volunteers'],
		['Volunteers recruited', 'volunteers'],
		['孵化社区社会组织', 'organisations'],
		['Community organisations incubated', 'organisations'],
		['居民满意度', 'satisfaction'],
		['Satisfaction', 'satisfaction'],
		['志愿者满意度', 'satisfaction'],
		['制定组织章程', null],
		['成员单位', null],
	] as const)('%s → %s', (name, figure) => {
		expect(effectivenessFigureOf(name)).toBe(figure)
	})
})

describe('isVolunteerHourIndicator', () => {
	it.each([
		[ind('volunteerHours'), true],
		[ind('Volunteer Hours', 'h'), true],
		[ind('志愿服务时长', '小时'), true],
		[ind('志愿时长'), true],
		[ind('志愿者服务', '小时'), true],
		[ind('培训时长', '小时'), false],
		[ind('志愿者人数', '人'), false],
	])('%o → %s', (i, expected) => {
		expect(isVolunteerHourIndicator(i)).toBe(expected)
	})
})

describe('plan metrics', () => {
	const records = [
		cardRecord('project', 'p1', {
			title: 'A',
			status: 'executing',
			leadActor: 'x',
			directBeneficiaries: 200,
			indirectBeneficiaries: 800,
			budget: [
				{
					category: 'other',
					item: '场地',
					quantity: null,
					unit: '',
					unitPrice: null,
					amount: 30_000,
					source: 'govPurchase',
					form: 'cash',
				},
				{
					category: 'other',
					item: '物资',
					quantity: null,
					unit: '',
					unitPrice: null,
					amount: 10_000,
					source: 'enterprise',
					form: 'cash',
				},
			],
			indicators: [
				ind('志愿服务时长', '小时', 100, 80),
				ind('居民参与人次', '人次', 500, 450),
				ind('居民满意度', '%', 90, 95),
				ind('招募志愿者', '人', 20, null),
			],
		}),
		cardRecord('project', 'p2', {
			title: 'B',
			status: 'closed',
			leadActor: 'x',
			directBeneficiaries: null,
			indicators: [
				ind('居民满意度', '%', 80, 85),
				ind('孵化社区社会组织', '个', 2, 3),
				ind('居民参与人次', '人次', 100, 150),
			],
		}),
	]
	const plan = derivePlan(records, { title: 't', includePrivate: false, now: 0 })
	const { efficiency, effectiveness, projectsByStatus } = plan.metrics

	it('efficiency: beneficiaries, budget, per 10,000 元 and per volunteer hour', () => {
		expect(efficiency.directBeneficiaries).toBe(200)
		expect(efficiency.indirectBeneficiaries).toBe(800)
		expect(efficiency.totalBeneficiaries).toBe(1000)
		expect(efficiency.totalBudget).toBe(40_000)
		expect(efficiency.budgetBySource).toEqual({ govPurchase: 30_000, selfRaised: 0, enterprise: 10_000, donation: 0 })
		expect(efficiency.volunteerHours).toBe(80)
		expect(efficiency.beneficiariesPer10kYuan).toBe(50)
		expect(efficiency.beneficiariesPerVolunteerHour).toBe(2.5)
	})

	it('effectiveness: sums, satisfaction averaged, progress = actual / target', () => {
		expect(effectiveness.participation).toMatchObject({
			target: 600,
			actual: 600,
			unit: '人次',
			indicators: 2,
			progress: 1,
		})
		expect(effectiveness.satisfaction).toMatchObject({ target: 85, actual: 90, indicators: 2 })
		expect(effectiveness.organisations).toMatchObject({ target: 2, actual: 3, progress: 1.5 })
		expect(effectiveness.volunteers).toMatchObject({
			target: 20,
			actual: null,
			unit: '人',
			indicators: 1,
			notReported: 1,
			reported: 0,
			attainment: null,
		})
		expect(effectiveness.indicators).toHaveLength(7)
	})

	it('projects by dispatch status', () => {
		expect(projectsByStatus).toEqual({
			published: 0,
			applied: 0,
			coordinating: 0,
			executing: 1,
			closed: 1,
			followUp: 0,
		})
	})
})
