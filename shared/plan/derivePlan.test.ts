import { describe, expect, it } from 'vitest'
import type { PlainRecord } from '../ydocLayout'
import { derivePlan } from './derivePlan'
import { arrowBinding, cardRecord, documentRecord, linkRecords } from './planTestRecords'
import type { Plan, PlanWarningCode } from './planTypes'

const OPTS = { title: '测试', includePrivate: false, now: 1_700_000_000_000 }

function plan(records: PlainRecord[], includePrivate = false): Plan {
	return derivePlan(records, { ...OPTS, includePrivate })
}

function codes(p: Plan): PlanWarningCode[] {
	return p.warnings.map((w) => w.code)
}

/** Every number anywhere in `value` is finite (JSON would turn NaN/Infinity into null). */
function allNumbersFinite(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value)
	if (Array.isArray(value)) return value.every(allNumbersFinite)
	if (typeof value === 'object' && value !== null) return Object.values(value).every(allNumbersFinite)
	return true
}

const need = cardRecord('need', 'n1', { title: '助餐', urgency: 'high', beneficiaries: 30 })
const resource = cardRecord('resource', 'r1', {
	title: '爱心食堂',
	sector: 'market',
	resourceType: 'materials',
	quantity: 50,
	unit: '份',
})
const project = cardRecord('project', 'p1', { title: '长者饭堂', leadActor: 'P社工机构' })
/** A project with every part a plan needs (dates, budget, risks, indicators). */
const completeProject = cardRecord('project', 'p1', {
	title: '长者饭堂',
	leadActor: 'P社工机构',
	startDate: '2026-03-01',
	endDate: '2026-12-31',
	budget: [
		{
			category: 'activity',
			item: '餐费补贴',
			quantity: 100,
			unit: '份',
			unitPrice: 10,
			amount: null,
			source: 'govPurchase',
			form: 'cash',
		},
	],
	risks: [{ risk: '参与不足', response: '入户动员' }],
	indicators: [{ name: '服务人次', dimension: 'effectiveness', baseline: 0, target: 100, actual: null, unit: '人次' }],
})
const actor = cardRecord('actor', 'a1', { title: 'P社工机构', actorKind: 'socialWorkOrg' })

interface Case {
	name: string
	records: PlainRecord[]
	expect: (p: Plan) => void
}

const cases: Case[] = [
	{
		name: 'empty board',
		records: [],
		expect: (p) => {
			expect(p.needs).toEqual([])
			expect(p.matches).toEqual([])
			expect(p.metrics.needCoverage).toEqual({ count: 0, total: 0, ratio: 0 })
			expect(p.metrics.resourceUtilisation.ratio).toBe(0)
			expect(p.metrics.efficiency.beneficiariesPer10kYuan).toBe(0)
			expect(p.metrics.efficiency.beneficiariesPerVolunteerHour).toBe(0)
			expect(p.warnings).toEqual([])
			expect(p.title).toBe('测试')
			expect(p.generatedAt).toBe(OPTS.now)
		},
	},
	{
		name: 'one need only: uncovered, unmet, warned',
		records: [need],
		expect: (p) => {
			expect(p.needs).toHaveLength(1)
			expect(p.needs[0]).toMatchObject({ id: 'shape:n1', title: '助餐', covered: false, sources: [], servedBy: [] })
			expect(p.metrics.needCoverage).toEqual({ count: 0, total: 1, ratio: 0 })
			expect(p.unmetNeeds.map((n) => n.id)).toEqual(['shape:n1'])
			expect(p.warnings).toEqual([expect.objectContaining({ code: 'needNoSource', cardId: 'shape:n1' })])
		},
	},
	{
		name: 'resource → need allocation: coverage and utilisation 100%',
		records: [
			need,
			resource,
			...linkRecords('l1', resource, need, { meta: { mechanism: 'market', quantity: 20, unit: '份' } }),
		],
		expect: (p) => {
			expect(p.metrics.needCoverage).toEqual({ count: 1, total: 1, ratio: 1 })
			expect(p.metrics.resourceUtilisation).toEqual({ count: 1, total: 1, ratio: 1 })
			expect(p.needs[0]).toMatchObject({ covered: true, sources: ['爱心食堂'], sourceIds: ['shape:r1'] })
			expect(p.resources[0]).toMatchObject({ utilised: true, allocatedTo: ['助餐'], allocatedToIds: ['shape:n1'] })
			expect(p.matches).toEqual([
				{
					id: 'shape:l1',
					type: 'allocation',
					fromId: 'shape:r1',
					from: '爱心食堂',
					fromKind: 'resource',
					toId: 'shape:n1',
					to: '助餐',
					toKind: 'need',
					mechanism: 'market',
					strategy: '',
					quantity: 20,
					unit: '份',
					note: '',
				},
			])
			expect(p.metrics.allocationsByMechanism).toEqual({ administrative: 0, social: 0, market: 1, none: 0 })
			expect(p.warnings).toEqual([])
			expect(p.unmetNeeds).toEqual([])
			expect(p.idleResources).toEqual([])
		},
	},
	{
		name: 'project → need serves: covered by the project',
		records: [
			documentRecord({ periodStart: '2026-01-01', periodEnd: '2026-12-31' }),
			need,
			completeProject,
			actor,
			...linkRecords('l1', completeProject, need),
		],
		expect: (p) => {
			expect(p.needs[0]).toMatchObject({ covered: true, servedBy: ['长者饭堂'], servedByIds: ['shape:p1'] })
			expect(p.projects[0]).toMatchObject({ serves: ['助餐'], servesIds: ['shape:n1'] })
			expect(p.actors[0].leads).toEqual(['长者饭堂'])
			expect(p.metrics.counts.serves).toBe(1)
			expect(codes(p)).toEqual([])
		},
	},
	{
		name: 'resource → project allocation: the project lists the resource, the need stays unmet',
		records: [need, project, resource, actor, ...linkRecords('l1', resource, project, { meta: { quantity: 1 } })],
		expect: (p) => {
			expect(p.projects[0]).toMatchObject({ resources: ['爱心食堂'], resourceIds: ['shape:r1'] })
			expect(p.resources[0].utilised).toBe(true)
			expect(p.needs[0].covered).toBe(false)
			expect(codes(p)).toContain('allocationNoMechanism')
			expect(codes(p)).toContain('needNoSource')
		},
	},
	{
		name: 'actor → resource provides: listed both ways, not a utilisation',
		records: [actor, resource, ...linkRecords('l1', actor, resource)],
		expect: (p) => {
			expect(p.actors[0].provides).toEqual(['爱心食堂'])
			expect(p.resources[0]).toMatchObject({ providedBy: ['P社工机构'], providedByIds: ['shape:a1'], utilised: false })
			expect(p.metrics.counts.provides).toBe(1)
			expect(p.idleResources).toHaveLength(1)
			expect(codes(p)).toEqual(['resourceIdle'])
		},
	},
	{
		name: 'an actor provides the resources that name it as 提供方',
		records: [actor, cardRecord('resource', 'r2', { title: '社工', provider: 'P社工机构' })],
		expect: (p) => {
			expect(p.actors[0].provides).toEqual(['社工'])
		},
	},
	{
		name: 'dangling link: a binding to a deleted card is ignored and reported',
		records: [resource, ...linkRecords('l1', resource, { id: 'shape:deleted', type: 'need' })],
		expect: (p) => {
			expect(p.matches).toEqual([])
			expect(p.resources[0].utilised).toBe(false)
			expect(p.warnings).toContainEqual(expect.objectContaining({ code: 'linkDangling', cardId: 'shape:l1' }))
		},
	},
	{
		name: 'an arrow with meta but only one binding is ignored and reported',
		records: [need, resource, ...linkRecords('l1', resource, need, { ends: 'start' })],
		expect: (p) => {
			expect(p.matches).toEqual([])
			expect(p.needs[0].covered).toBe(false)
			expect(codes(p)).toContain('linkDangling')
		},
	},
	{
		name: 'an arrow whose meta disagrees with the cards’ kinds is ignored',
		records: [need, resource, ...linkRecords('l1', resource, need, { meta: { type: 'serves' } })],
		expect: (p) => {
			expect(p.matches).toEqual([])
			expect(p.warnings).toContainEqual(expect.objectContaining({ code: 'linkMismatch', cardId: 'shape:l1' }))
		},
	},
	{
		name: 'an arrow between two needs is no link',
		records: [
			need,
			cardRecord('need', 'n2', { title: '助浴' }),
			...linkRecords('l1', need, { id: 'shape:n2', type: 'need' }),
		],
		expect: (p) => {
			expect(p.matches).toEqual([])
			expect(codes(p)).toContain('linkMismatch')
		},
	},
	{
		name: 'an invalid meta.link is ignored',
		records: [need, resource, ...linkRecords('l1', resource, need, { meta: { quantity: -3 } })],
		expect: (p) => {
			expect(p.matches).toEqual([])
			expect(codes(p)).toContain('linkMismatch')
		},
	},
	{
		name: 'plain arrows (no meta.link) are ignored silently',
		records: [need, resource, ...linkRecords('l1', resource, need, { meta: null })],
		expect: (p) => {
			expect(p.matches).toEqual([])
			expect(codes(p)).not.toContain('linkDangling')
			expect(codes(p)).not.toContain('linkMismatch')
		},
	},
	{
		name: 'two arrows between the same cards count once in the relations',
		records: [
			need,
			resource,
			...linkRecords('l1', resource, need, { meta: { quantity: 1 } }),
			...linkRecords('l2', resource, need, { meta: { quantity: 2 } }),
		],
		expect: (p) => {
			expect(p.matches).toHaveLength(2)
			expect(p.needs[0].sources).toEqual(['爱心食堂'])
		},
	},
	{
		name: 'duplicate names: both cards kept, both warned',
		records: [need, cardRecord('need', 'n2', { title: ' 助餐 ' }), cardRecord('need', 'n3', { title: '' })],
		expect: (p) => {
			expect(p.needs).toHaveLength(3)
			const dup = p.warnings.filter((w) => w.code === 'duplicateName').map((w) => w.cardId)
			expect(dup.sort()).toEqual(['shape:n1', 'shape:n2'])
			expect(p.warnings).toContainEqual(expect.objectContaining({ code: 'emptyName', cardId: 'shape:n3' }))
		},
	},
	{
		name: 'a project and a need may share a name without a warning',
		records: [need, cardRecord('project', 'p2', { title: '助餐', leadActor: 'x' })],
		expect: (p) => {
			expect(codes(p)).not.toContain('duplicateName')
		},
	},
	{
		name: 'huge numbers: no overflow, NaN or Infinity',
		records: [
			cardRecord('project', 'p1', {
				title: '大项目',
				leadActor: 'x',
				directBeneficiaries: 1e15,
				budget: [
					{
						category: 'other',
						item: 'a',
						quantity: null,
						unit: '',
						unitPrice: null,
						amount: 1e15,
						source: 'govPurchase',
						form: 'cash',
					},
					{
						category: 'other',
						item: 'b',
						quantity: null,
						unit: '',
						unitPrice: null,
						amount: Number.MAX_VALUE,
						source: 'donation',
						form: 'cash',
					},
					{
						category: 'other',
						item: 'c',
						quantity: null,
						unit: '',
						unitPrice: null,
						amount: Number.MAX_VALUE,
						source: 'donation',
						form: 'cash',
					},
				],
				indicators: [
					{
						name: 'volunteerHours',
						dimension: 'efficiency',
						target: 1e308,
						actual: 1e308,
						unit: '小时',
						baseline: null,
					},
				],
			}),
			cardRecord('project', 'p2', {
				title: '小项目',
				leadActor: 'x',
				directBeneficiaries: 1e15,
				budget: [
					{
						category: 'other',
						item: 'a',
						quantity: null,
						unit: '',
						unitPrice: null,
						amount: 1e15,
						source: 'govPurchase',
						form: 'cash',
					},
				],
				indicators: [
					{
						name: 'volunteerHours',
						dimension: 'efficiency',
						target: 1e308,
						actual: 1e308,
						unit: '小时',
						baseline: null,
					},
				],
			}),
		],
		expect: (p) => {
			expect(allNumbersFinite(p)).toBe(true)
			expect(p.metrics.efficiency.totalBudget).toBe(Number.MAX_VALUE)
			expect(p.metrics.efficiency.budgetBySource.govPurchase).toBe(2e15)
			expect(p.metrics.efficiency.directBeneficiaries).toBe(2e15)
			expect(Number.isFinite(p.metrics.efficiency.beneficiariesPerVolunteerHour)).toBe(true)
			expect(JSON.parse(JSON.stringify(p))).toEqual(p)
		},
	},
	{
		name: '1e15 元 budget: beneficiaries per 10,000 元',
		records: [
			cardRecord('project', 'p1', {
				title: '大项目',
				leadActor: 'x',
				directBeneficiaries: 1000,
				budget: [
					{
						category: 'other',
						item: 'a',
						quantity: null,
						unit: '',
						unitPrice: null,
						amount: 1e15,
						source: 'govPurchase',
						form: 'cash',
					},
				],
			}),
		],
		expect: (p) => {
			expect(p.metrics.efficiency.totalBudget).toBe(1e15)
			expect(p.metrics.efficiency.beneficiariesPer10kYuan).toBeCloseTo(1000 / 1e11, 20)
		},
	},
	{
		name: 'missing and invalid fields fall back to defaults, with a warning',
		records: [
			{ id: 'shape:x1', typeName: 'shape', type: 'need' },
			{
				id: 'shape:x2',
				typeName: 'shape',
				type: 'resource',
				props: { title: 42, quantity: 'many', sector: 'moon', unit: '份' },
			},
			{
				id: 'shape:x3',
				typeName: 'shape',
				type: 'project',
				props: {
					title: '项目',
					partners: ['a', 3, null],
					budget: [
						null,
						{
							category: 'other',
							item: '场地',
							quantity: null,
							unit: '',
							unitPrice: null,
							amount: -1,
							source: 'nowhere',
							form: 'cash',
						},
						'x',
					],
					indicators: 'none',
				},
			},
			{
				id: 'shape:x4',
				typeName: 'shape',
				type: 'actor',
				props: { title: '主体', roles: ['executor', 'king', 'executor'], influence: 9 },
			},
		],
		expect: (p) => {
			expect(p.needs[0]).toMatchObject({ title: '', urgency: 'medium', votes: 0, beneficiaries: null })
			expect(p.resources[0]).toMatchObject({ title: '', quantity: null, sector: 'society', unit: '份' })
			expect(p.projects[0].partners).toEqual(['a'])
			expect(p.projects[0].budget).toEqual([
				{
					category: 'other',
					item: '场地',
					quantity: null,
					unit: '',
					unitPrice: null,
					amount: null,
					source: 'govPurchase',
					form: 'cash',
					effectiveAmount: 0,
					amountBasis: 'none',
					hourValue: null,
				},
			])
			expect(p.projects[0].indicators).toEqual([])
			expect(p.actors[0]).toMatchObject({ roles: ['executor'], influence: 3 })
			const invalid = p.warnings.filter((w) => w.code === 'invalidCard').map((w) => w.cardId)
			expect(invalid.sort()).toEqual(['shape:x1', 'shape:x2', 'shape:x3', 'shape:x4'])
		},
	},
	{
		name: 'records that are not cards, arrows or bindings are ignored',
		records: [
			{ id: 'document:document', typeName: 'document' },
			{ id: 'page:page', typeName: 'page' },
			{ id: 'shape:f', typeName: 'shape', type: 'frame', props: {} },
			{ id: 'shape:g', typeName: 'shape', type: 'geo', props: { title: 'x' } },
			arrowBinding('shape:nothing', 'shape:nothing', 'start'),
		],
		expect: (p) => {
			expect(p.metrics.counts).toMatchObject({ needs: 0, resources: 0, actors: 0, projects: 0, matches: 0 })
			expect(p.warnings).toEqual([])
		},
	},
	{
		name: 'warnings: no lead, unknown lead, allocation without quantity',
		records: [
			need,
			resource,
			cardRecord('project', 'p1', { title: '无牵头' }),
			cardRecord('project', 'p2', { title: '外来牵头', leadActor: '不存在的机构' }),
			...linkRecords('l1', resource, need, { meta: { mechanism: 'social' } }),
		],
		expect: (p) => {
			expect(p.warnings).toContainEqual(
				expect.objectContaining({ code: 'projectNoLead', cardId: 'shape:p1', severity: 'warning' }),
			)
			expect(p.warnings).toContainEqual(
				expect.objectContaining({ code: 'projectLeadUnknown', cardId: 'shape:p2', severity: 'info' }),
			)
			expect(p.warnings).toContainEqual(expect.objectContaining({ code: 'allocationNoQuantity', cardId: 'shape:l1' }))
			const severities = p.warnings.map((w) => w.severity)
			expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'warning' ? -1 : 1)))
			for (const w of p.warnings) {
				expect(w.message.zh).toMatch(/\S/)
				expect(w.message.en).toMatch(/\S/)
			}
		},
	},
]

describe('derivePlan', () => {
	for (const c of cases) {
		it(c.name, () => {
			const p = plan(c.records)
			c.expect(p)
			expect(allNumbersFinite(p)).toBe(true)
		})
	}

	it('drops private fields unless asked for them', () => {
		const records = [
			cardRecord('resource', 'r1', { title: '场地', contact: '13800000000' }),
			cardRecord('actor', 'a1', { title: '机构', contact: 'a@b.c' }),
		]
		const pub = plan(records, false)
		expect('contact' in pub.resources[0]).toBe(false)
		expect('contact' in pub.actors[0]).toBe(false)
		expect(JSON.stringify(pub)).not.toContain('13800000000')
		expect(pub.includePrivate).toBe(false)
		const priv = plan(records, true)
		expect(priv.resources[0].contact).toBe('13800000000')
		expect(priv.actors[0].contact).toBe('a@b.c')
	})

	it('sorts needs by votes, then urgency, then title; resources by sector; projects by status', () => {
		const p = plan([
			cardRecord('need', 'n1', { title: '乙', urgency: 'low', votes: 9 }),
			cardRecord('need', 'n2', { title: '丙', urgency: 'high', votes: 1 }),
			cardRecord('need', 'n3', { title: '甲', urgency: 'high', votes: 1 }),
			cardRecord('need', 'n4', { title: '丁', urgency: 'high', votes: 5 }),
			cardRecord('need', 'n5', { title: '戊', urgency: 'low', votes: 1 }),
			cardRecord('resource', 'r1', { title: 'A', sector: 'society' }),
			cardRecord('resource', 'r2', { title: 'B', sector: 'government' }),
			cardRecord('resource', 'r3', { title: 'A', sector: 'market' }),
			cardRecord('project', 'p1', { title: 'x', status: 'closed' }),
			cardRecord('project', 'p2', { title: 'y', status: 'published' }),
			cardRecord('project', 'p3', { title: 'z', status: 'executing' }),
		])
		// The vote decides first: 乙 (9 votes, low urgency) before 丁 (5, high); equal votes by urgency, then title.
		expect(p.needs.map((n) => n.title)).toEqual(['乙', '丁', '丙', '甲', '戊'])
		expect(p.resources.map((r) => r.id)).toEqual(['shape:r2', 'shape:r3', 'shape:r1'])
		expect(p.projects.map((r) => r.status)).toEqual(['published', 'executing', 'closed'])
	})

	it('sorts needs by urgency, then title, then id when nobody has voted', () => {
		const p = plan([
			cardRecord('need', 'n1', { title: '乙', urgency: 'low' }),
			cardRecord('need', 'n2', { title: '丙', urgency: 'medium' }),
			cardRecord('need', 'n4', { title: '甲', urgency: 'high' }),
			cardRecord('need', 'n3', { title: '甲', urgency: 'high' }),
		])
		expect(p.needs.map((n) => n.id)).toEqual(['shape:n3', 'shape:n4', 'shape:n2', 'shape:n1'])
	})

	it.each([
		{ name: 'no votes at all: no priority', votes: [0, 0, 0], priorities: [null, null, null] },
		{ name: 'distinct votes', votes: [2, 7, 4], priorities: [1, 2, 3], order: [7, 4, 2] },
		{ name: 'ties share a rank, the next skips (1, 2, 2, 4)', votes: [5, 3, 3, 1], priorities: [1, 2, 2, 4] },
		{ name: 'needs without votes rank last together', votes: [0, 2, 0], priorities: [1, 2, 2] },
		{ name: 'everyone tied', votes: [1, 1], priorities: [1, 1] },
	])('gives needs their 优先级 by votes: $name', ({ votes, priorities, order }) => {
		const p = plan(votes.map((v, i) => cardRecord('need', `n${i}`, { title: `需求${i}`, votes: v })))
		expect(p.needs.map((n) => n.priority)).toEqual(priorities)
		if (order) expect(p.needs.map((n) => n.votes)).toEqual(order)
		expect(p.unmetNeeds.map((n) => n.priority)).toEqual(priorities)
	})

	it('reads cards on any page and never throws on garbage', () => {
		const onOtherPage = { ...need, parentId: 'page:other' }
		expect(plan([onOtherPage]).needs).toHaveLength(1)
		const garbage = [null, 3, 'x', { id: 1, typeName: 'shape' }, { typeName: 'binding' }] as unknown as PlainRecord[]
		expect(() => plan(garbage)).not.toThrow()
	})

	it('is deterministic and does not mutate its input', () => {
		const records = [need, resource, ...linkRecords('l1', resource, need, { meta: { quantity: 1 } })]
		const before = JSON.stringify(records)
		expect(plan(records)).toEqual(plan(records))
		expect(JSON.stringify(records)).toBe(before)
	})
})
