import { describe, expect, it } from 'vitest'
import { PROJECT_FIELDS } from '../../shared/domain/cardFields'
import { cardColumns, cellText, compareCells } from './listColumns'

const field = (key: string) => {
	const f = PROJECT_FIELDS.find((x) => x.key === key)
	if (!f) throw new Error(key)
	return f
}

describe('project list columns', () => {
	it('include every table field and the dispatch roles', () => {
		const keys = cardColumns('project').map((c) => c.key)
		for (const key of ['activities', 'budget', 'indicators', 'risks', 'dispatchTrail', 'publisher', 'executor']) {
			expect(keys).toContain(key)
		}
	})

	it('show a table as one compact line per row', () => {
		const budget = [
			{
				category: 'personnel',
				item: '社工补贴',
				quantity: 10,
				unit: '人次',
				unitPrice: 120,
				amount: 1200,
				source: 'govPurchase',
				form: 'cash',
			},
			{
				category: 'materials',
				item: '图书',
				quantity: null,
				unit: '',
				unitPrice: null,
				amount: 3000,
				source: 'donation',
				form: 'inKind',
			},
		]
		expect(cellText(field('budget'), budget, 'zh')).toBe(
			'人员 · 社工补贴 · 10 人次 × 120 元 = 1,200 元 · 政府购买 · 资金\n物资 · 图书 · 3,000 元 · 社会捐赠 · 实物/志愿折算',
		)
		const risks = [{ risk: '志愿者流失', response: '积分激励' }]
		expect(cellText(field('risks'), risks, 'en')).toBe('志愿者流失 · 积分激励')
		const indicators = [
			{ name: '参与人次', dimension: 'effectiveness', baseline: 0, target: 500, actual: null, unit: '人次' },
		]
		expect(cellText(field('indicators'), indicators, 'zh')).toBe(
			'参与人次 · 治理效能：基线值 0 → 目标值 500 → 实际值 未填报 人次',
		)
		expect(cellText(field('activities'), 'not a table', 'zh')).toBe('')
	})

	it('sort tables by how many rows they have', () => {
		expect(compareCells(field('risks'), [{ risk: 'a', response: '' }], [], 'zh')).toBeGreaterThan(0)
	})
})
