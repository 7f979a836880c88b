import { describe, expect, it } from 'vitest'
import type { BudgetLine, ProjectProps } from '../domain/cardProps'
import type { PlainRecord } from '../ydocLayout'
import { derivePlan } from './derivePlan'
import type { PlanInfo } from './planInfo'
import { cardRecord, documentRecord, linkRecords } from './planTestRecords'
import type { Plan, PlanWarning, PlanWarningCode } from './planTypes'

const BUDGET: BudgetLine = {
	category: 'activity',
	item: '活动物料',
	quantity: 10,
	unit: '场',
	unitPrice: 1_000,
	amount: null,
	source: 'govPurchase',
	form: 'cash',
}

const need = cardRecord('need', 'n1', { title: '课业辅导', beneficiaries: 300 })
const lead = cardRecord('actor', 'a1', { title: 'P社工机构', actorKind: 'socialWorkOrg' })

/** A project with everything a plan needs, overridden by `props`. */
function project(name: string, props: Partial<ProjectProps> = {}) {
	return cardRecord('project', name, {
		title: name,
		leadActor: 'P社工机构',
		startDate: '2026-03-01',
		endDate: '2026-12-31',
		directBeneficiaries: 300,
		budget: [BUDGET],
		risks: [{ risk: '参与不足', response: '入户动员' }],
		indicators: [
			{ name: '服务人次', dimension: 'effectiveness', baseline: 100, target: 300, actual: null, unit: '人次' },
		],
		...props,
	})
}

const INFO: Partial<PlanInfo> = { periodStart: '2026-01-01', periodEnd: '2026-12-31', communityPopulation: 20_000 }

/** The plan of one project (serving the need unless `serves` is false) on a board with `info`. */
function planOf(
	props: Partial<ProjectProps>,
	opts: { info?: Partial<PlanInfo> | null; serves?: boolean; extra?: PlainRecord[] } = {},
): Plan {
	const p = project('p1', props)
	const records = [
		...(opts.info === null ? [] : [documentRecord(opts.info ?? INFO)]),
		need,
		lead,
		p,
		...(opts.serves === false ? [] : linkRecords('s1', p, need)),
		...(opts.extra ?? []),
	]
	return derivePlan(records, { title: 't', includePrivate: false, now: 0 })
}

const codes = (p: Plan): PlanWarningCode[] => p.warnings.map((w) => w.code)

describe('project content warnings', () => {
	it('a complete project inside the period raises none', () => {
		expect(codes(planOf({}))).toEqual([])
	})

	it.each<[string, Partial<ProjectProps>, PlanWarningCode, PlanWarning['severity']]>([
		['no dates', { startDate: '', endDate: '' }, 'projectNoDates', 'warning'],
		['no end date', { endDate: '' }, 'projectNoDates', 'warning'],
		['a malformed date', { startDate: '三月' }, 'projectNoDates', 'warning'],
		['end before start', { startDate: '2026-06-01', endDate: '2026-05-01' }, 'projectDatesReversed', 'error'],
		['no budget lines', { budget: [] }, 'projectNoBudget', 'warning'],
		[
			'budget lines worth nothing',
			{ budget: [{ ...BUDGET, quantity: null, unitPrice: null }] },
			'projectNoBudget',
			'warning',
		],
		['no risks', { risks: [] }, 'projectNoRisks', 'warning'],
		['only an empty risk row', { risks: [{ risk: ' ', response: '…' }] }, 'projectNoRisks', 'warning'],
		['no indicators', { indicators: [] }, 'projectNoIndicators', 'warning'],
		['starts before the plan period', { startDate: '2019-01-01' }, 'projectOutsidePeriod', 'warning'],
		['ends after the plan period', { endDate: '2027-06-30' }, 'projectOutsidePeriod', 'warning'],
		[
			'direct beneficiaries above the population',
			{ directBeneficiaries: 26_000 },
			'beneficiariesExceedPopulation',
			'error',
		],
		[
			'an activity outside the project dates',
			{
				startDate: '2026-03-01',
				activities: [{ date: '2026-02-01', content: '启动', place: '', owner: 'P社工机构', participants: '' }],
			},
			'activityOutsidePeriod',
			'warning',
		],
	])('%s → %s', (_name, props, code, severity) => {
		const p = planOf(props)
		const found = p.warnings.filter((w) => w.code === code)
		expect(found).toHaveLength(1)
		expect(found[0]).toMatchObject({ severity, cardId: 'shape:p1' })
		expect(found[0].message.zh).toContain('p1')
		expect(found[0].message.en).toContain('p1')
	})

	it('a project serving no need', () => {
		const w = planOf({}, { serves: false }).warnings.filter((x) => x.code === 'projectNoNeed')
		expect(w).toEqual([
			expect.objectContaining({
				cardId: 'shape:p1',
				message: { zh: '项目“p1”没有服务任何需求', en: 'Project “p1” serves no need' },
			}),
		])
	})

	it('indirect beneficiaries may exceed the population (they are not residents served)', () => {
		expect(codes(planOf({ directBeneficiaries: 500, indirectBeneficiaries: 50_000 }))).toEqual([])
	})

	it('a need whose 受益人数 exceeds the population', () => {
		const big = cardRecord('need', 'n2', { title: '全域宣传', beneficiaries: 30_000 })
		const p = planOf({}, { extra: [big, ...linkRecords('s2', project('p1'), big)] })
		expect(p.warnings.filter((w) => w.code === 'beneficiariesExceedPopulation').map((w) => w.cardId)).toEqual([
			'shape:n2',
		])
	})

	it('direct beneficiaries that add up beyond the population: people counted twice', () => {
		const p2 = project('p2', { directBeneficiaries: 15_000 })
		const p = planOf({ directBeneficiaries: 8_000 }, { extra: [p2, ...linkRecords('s2', p2, need)] })
		const w = p.warnings.filter((x) => x.code === 'reachExceedsPopulation')
		expect(w).toHaveLength(1)
		expect(w[0].cardId).toBeUndefined()
		expect(w[0].message.zh).toContain('23,000')
		expect(p.metrics.efficiency).toMatchObject({ directBeneficiaries: 23_000, reach: 20_000, reachCapped: true })
	})

	it('no population on the board: no population check', () => {
		expect(
			codes(planOf({ directBeneficiaries: 1e6 }, { info: { periodStart: '2026-01-01', periodEnd: '2026-12-31' } })),
		).toEqual([])
	})

	it.each<[string, Partial<PlanInfo> | null, boolean]>([
		['no document record: an empty plan info, no period', null, true],
		['plan info without a period', { communityPopulation: 20_000 }, true],
		['only a start', { periodStart: '2026-01-01' }, true],
		['a full period', INFO, false],
	])('planNoPeriod: %s', (_name, info, expected) => {
		expect(codes(planOf({}, { info })).includes('planNoPeriod')).toBe(expected)
	})

	it('the period message names the periods and the budget summed across them', () => {
		const w = planOf({ startDate: '2019-01-01', endDate: '2023-12-31' }).warnings.find(
			(x) => x.code === 'projectOutsidePeriod',
		)
		expect(w?.message.zh).toBe(
			'项目“p1”的周期（2019年1月1日至2023年12月31日）超出计划书的项目周期（2026年1月1日至2026年12月31日），其预算 10,000 元与其他期间的经费加在一起',
		)
	})
})

describe('actorUnlinked', () => {
	const lone = cardRecord('actor', 'a2', { title: '网格员' })
	it('an actor linked to nothing', () => {
		const w = planOf({}, { extra: [lone] }).warnings.filter((x) => x.code === 'actorUnlinked')
		expect(w.map((x) => x.cardId)).toEqual(['shape:a2'])
	})

	it.each<[string, Partial<ProjectProps> | null, PlainRecord[]]>([
		['a partner', { partners: ['网格员'] }, []],
		['the coordinator', { coordinator: '网格员' }, []],
		[
			'an activity owner',
			{ activities: [{ date: '', content: '走访', place: '', owner: '网格员', participants: '' }] },
			[],
		],
		['a dispatch step actor', { dispatchTrail: [{ stage: 'published', date: '', by: '网格员', note: '' }] }, []],
		['provider of a resource', null, [cardRecord('resource', 'r9', { title: '走访信息', provider: '网格员' })]],
	])('not when it is %s', (_name, props, extra) => {
		const p = planOf(props ?? {}, { extra: [lone, ...extra] })
		expect(codes(p)).not.toContain('actorUnlinked')
	})

	it('not when it provides a resource by an arrow', () => {
		const r = cardRecord('resource', 'r9', { title: '走访信息' })
		expect(codes(planOf({}, { extra: [lone, r, ...linkRecords('pv', lone, r)] }))).not.toContain('actorUnlinked')
	})
})
