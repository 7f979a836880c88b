import { describe, expect, it } from 'vitest'
import type { BudgetLine, LinkMeta, ResourceProps } from '../domain/cardProps'
import { derivePlan } from './derivePlan'
import { cardRecord, linkRecords } from './planTestRecords'
import type { PlanWarningCode } from './planTypes'

function warningsOf(
	resource: Partial<ResourceProps>,
	meta: Partial<LinkMeta>,
	budget: BudgetLine[] = [],
): PlanWarningCode[] {
	const r = cardRecord('resource', 'r1', { title: '图书', sector: 'market', resourceType: 'materials', ...resource })
	const p = cardRecord('project', 'p1', { title: '四点半课堂', budget })
	const plan = derivePlan([r, p, ...linkRecords('l1', r, p, { meta: { quantity: 1, ...meta } })], {
		title: 't',
		includePrivate: false,
		now: 0,
	})
	const own = new Set<PlanWarningCode>(['mechanismContradictsResource', 'administrativeNoChannel', 'strategyMismatch'])
	return plan.warnings.filter((w) => w.cardId === 'shape:l1' && own.has(w.code)).map((w) => w.code)
}

const donationLine: BudgetLine = {
	category: 'materials',
	item: '捐赠图书',
	quantity: 200,
	unit: '册',
	unitPrice: 30,
	amount: null,
	source: 'donation',
	form: 'inKind',
}

describe('mechanism warnings (the article: giving and volunteers are 社会机制; 市场机制 is purchase or paid sponsorship)', () => {
	it.each<[string, Partial<ResourceProps>, Partial<LinkMeta>, BudgetLine[], PlanWarningCode[]]>([
		['a purchase tagged 市场机制 · 采购', {}, { mechanism: 'market', strategy: 'purchase' }, [], []],
		[
			'volunteers tagged 市场机制',
			{ resourceType: 'volunteers' },
			{ mechanism: 'market' },
			[],
			['mechanismContradictsResource'],
		],
		[
			'a society resource tagged 市场机制',
			{ sector: 'society' },
			{ mechanism: 'market' },
			[],
			['mechanismContradictsResource'],
		],
		[
			'budgeted as 社会捐赠, tagged 市场机制',
			{},
			{ mechanism: 'market' },
			[donationLine],
			['mechanismContradictsResource'],
		],
		[
			'budgeted as 企业配套, tagged 市场机制',
			{},
			{ mechanism: 'market' },
			[{ ...donationLine, source: 'enterprise' }],
			['mechanismContradictsResource'],
		],
		['a purchase budget line is fine', {}, { mechanism: 'market' }, [{ ...donationLine, source: 'govPurchase' }], []],
		[
			'conditions say 无偿提供',
			{ conditions: '企业无偿提供' },
			{ mechanism: 'market' },
			[],
			['mechanismContradictsResource'],
		],
		['the link note says 捐赠', {}, { mechanism: 'market', note: 'YY教育捐赠' }, [], ['mechanismContradictsResource']],
		[
			'the same donation under 社会机制 is fine',
			{ sector: 'society' },
			{ mechanism: 'social', strategy: 'trust' },
			[],
			[],
		],
		[
			'行政借力 without a channel',
			{ sector: 'government' },
			{ mechanism: 'administrative' },
			[],
			['administrativeNoChannel'],
		],
		['行政借力 · 双报到', { sector: 'government' }, { mechanism: 'administrative', strategy: 'dualReport' }, [], []],
		[
			'社会机制 with a 行政借力 channel',
			{},
			{ mechanism: 'social', strategy: 'partyCommittee' },
			[],
			['strategyMismatch'],
		],
		['市场机制 with 志愿手段', {}, { mechanism: 'market', strategy: 'volunteer' }, [], ['strategyMismatch']],
		['no mechanism: nothing to contradict', { resourceType: 'volunteers' }, { strategy: 'purchase' }, [], []],
	])('%s', (_name, resource, meta, budget, expected) => {
		expect(warningsOf(resource, meta, budget)).toEqual(expected)
	})

	it('says why, in both languages', () => {
		const r = cardRecord('resource', 'r1', { title: '志愿者', resourceType: 'volunteers', sector: 'society' })
		const n = cardRecord('need', 'n1', { title: '陪伴' })
		const plan = derivePlan([r, n, ...linkRecords('l1', r, n, { meta: { quantity: 5, mechanism: 'market' } })], {
			title: 't',
			includePrivate: false,
		})
		const w = plan.warnings.find((x) => x.code === 'mechanismContradictsResource')
		expect(w?.message.zh).toContain('志愿人力')
		expect(w?.message.zh).toContain('社会机制')
		expect(w?.message.en).toContain('social mechanism')
		expect(w?.cardId).toBe('shape:l1')
	})
})
