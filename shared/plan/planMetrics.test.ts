import { describe, expect, it } from 'vitest'
import type { ProjectIndicator } from '../domain/cardProps'
import { derivePlan } from './derivePlan'
import { effectivenessFigureOf, isVolunteerHourIndicator } from './planMetrics'
import { cardRecord, documentRecord, linkRecords } from './planTestRecords'

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

describe('evaluation that looks forward', () => {
	const line = (
		source: 'govPurchase' | 'selfRaised' | 'enterprise' | 'donation',
		form: 'cash' | 'inKind',
		v: {
			quantity?: number | null
			unitPrice?: number | null
			amount?: number | null
			category?: 'activity' | 'volunteerTime'
		},
		item = '',
	) => ({
		category: v.category ?? 'activity',
		item,
		quantity: v.quantity ?? null,
		unit: '',
		unitPrice: v.unitPrice ?? null,
		amount: v.amount ?? null,
		source,
		form,
	})
	const p1 = cardRecord('project', 'p1', {
		title: '四点半课堂',
		directBeneficiaries: 100,
		indirectBeneficiaries: 300,
		budget: [
			line('govPurchase', 'cash', { quantity: 20, unitPrice: 2_000 }),
			line('enterprise', 'cash', { amount: 10_000 }),
			line('donation', 'inKind', { quantity: 200, category: 'volunteerTime' }),
		],
		indicators: [
			{ name: '志愿服务时长', dimension: 'efficiency', baseline: null, target: 200, actual: null, unit: '小时' },
			{ name: '参与人次', dimension: 'effectiveness', baseline: 100, target: 300, actual: null, unit: '人次' },
			{ name: '满意度', dimension: 'effectiveness', baseline: null, target: null, actual: null, unit: '%' },
		],
	})
	const p2 = cardRecord('project', 'p2', {
		title: '长者助餐',
		directBeneficiaries: 50,
		budget: [line('govPurchase', 'cash', { amount: 20_000 })],
		indicators: [{ name: '参与人次', dimension: 'effectiveness', baseline: 0, target: 100, actual: 80, unit: '人次' }],
	})
	const gift = cardRecord('resource', 'r1', { title: '爱心午餐', sector: 'market', resourceType: 'materials' })
	const booked = cardRecord('resource', 'r2', { title: '企业捐款', sector: 'market', resourceType: 'funds' })
	const records = [
		documentRecord({ volunteerHourValue: 30, communityPopulation: 20_000, projectName: '社区营造' }),
		p1,
		p2,
		...linkRecords('l1', gift, p2, { meta: { quantity: 0.5, unit: '万元', mechanism: 'social' } }),
		gift,
		...linkRecords('l2', booked, p1, { meta: { quantity: 10_000, unit: '元', mechanism: 'social' } }),
		booked,
	]
	const plan = derivePlan(records, { title: 't', includePrivate: false, now: 0 })
	const byId = Object.fromEntries(plan.projects.map((p) => [p.id, p]))
	const { efficiency, effectiveness } = plan.metrics

	it('reads the plan info from the document record', () => {
		expect(plan.info).toMatchObject({ projectName: '社区营造', volunteerHourValue: 30, communityPopulation: 20_000 })
	})

	it('values budget lines: quantity × unit price, volunteer hours at the board rate', () => {
		expect(byId['shape:p1'].budget.map((l) => [l.effectiveAmount, l.amountBasis])).toEqual([
			[40_000, 'quantityTimesUnitPrice'],
			[10_000, 'amount'],
			[6_000, 'volunteerHours'],
		])
		expect(byId['shape:p1'].budgetSummary).toMatchObject({ total: 56_000, cash: 50_000, inKind: 6_000 })
		expect(byId['shape:p1'].budgetTotal).toBe(56_000)
	})

	it('per-project leverage: the enterprise allocation already in the budget is not counted twice', () => {
		// r2 “企业捐款” is not named by a budget line (items are empty) → counted: 10,000 + 6,000 + 10,000
		expect(byId['shape:p1'].leverage).toMatchObject({
			government: 40_000,
			nonGovernment: 26_000,
			allocatedValue: 10_000,
		})
		expect(byId['shape:p1'].leverage.ratio).toBeCloseTo(0.65)
		// 0.5 万元 of lunches → 5,000 元 per 20,000 government
		expect(byId['shape:p2'].leverage).toMatchObject({ government: 20_000, nonGovernment: 5_000, ratio: 0.25 })
	})

	it('plan leverage and budget totals', () => {
		expect(efficiency.totalBudget).toBe(76_000)
		expect(efficiency.budget.inKind).toBe(6_000)
		expect(efficiency.leverage).toMatchObject({ government: 60_000, nonGovernment: 31_000 })
		expect(efficiency.leverage.ratio).toBeCloseTo(31 / 60)
	})

	it('cost per beneficiary, direct and indirect apart', () => {
		expect(byId['shape:p1'].costPerBeneficiary).toMatchObject({ perDirect: 560, perIndirect: 56_000 / 300 })
		expect(efficiency.costPerBeneficiary).toMatchObject({ cost: 76_000, direct: 150, indirect: 300 })
		expect(efficiency.reach).toBe(150)
		expect(efficiency.reachCapped).toBe(false)
	})

	it('volunteer hours only when reported', () => {
		expect(efficiency.volunteer).toEqual({
			reported: null,
			planned: 200,
			budgeted: 200,
			directBeneficiariesPerReportedHour: null,
		})
	})

	it('indicators against baselines; 未填报 and 未设定 counted apart', () => {
		expect(plan.indicators.map((i) => [i.name, i.status, i.plannedImprovement, i.attainment])).toEqual([
			['志愿服务时长', 'notReported', null, null],
			['参与人次', 'notReported', 2, null],
			['满意度', 'notSet', null, null],
			['参与人次', 'reported', null, 0.8],
		])
		expect(effectiveness.overview).toMatchObject({
			indicators: 4,
			notSet: 1,
			notReported: 2,
			reported: 1,
			noBaseline: 1,
		})
		expect(effectiveness.participation).toMatchObject({
			baseline: 100,
			target: 400,
			actual: 80,
			reportedTarget: 100,
			attainment: 0.8,
		})
	})

	it('places each project: p1 planned, p2 reported', () => {
		expect(plan.metrics.placements.map((p) => [p.projectId, p.effectivenessBasis, p.placed])).toEqual([
			['shape:p1', 'plannedImprovement', true],
			['shape:p2', 'attainment', true],
		])
	})
})
