import { describe, expect, it } from 'vitest'
import type { ResourceProps } from '../domain/cardProps'
import { derivePlan } from './derivePlan'
import type { PlanInfo } from './planInfo'
import { cardRecord, documentRecord } from './planTestRecords'
import { yearsIn } from './resourcePeriodWarnings'

const PERIOD: Partial<PlanInfo> = { periodStart: '2027-01-01', periodEnd: '2027-12-31' }

function warned(resource: Partial<ResourceProps>, info: Partial<PlanInfo> = PERIOD): string[] {
	const r = cardRecord('resource', 'r1', {
		title: '政府资金',
		sector: 'government',
		resourceType: 'funds',
		...resource,
	})
	return derivePlan([documentRecord(info), r], { title: 't', includePrivate: false, now: 0 })
		.warnings.filter((w) => w.code === 'resourceOutsidePeriod')
		.map((w) => w.message.zh)
}

describe('resourceOutsidePeriod: sums of different periods', () => {
	it.each<[string, Partial<ResourceProps>, Partial<PlanInfo>, number]>([
		['money since 2019 in a 2027 plan', { quantity: 700_000, unit: '元', availability: '2019年以来累计' }, PERIOD, 1],
		['a 2022–2023 figure', { quantity: 46, unit: '万元', description: '2022—2023年度购买服务' }, PERIOD, 1],
		['money of the plan year', { quantity: 170_600, unit: '元', availability: '2027年全年' }, PERIOD, 0],
		['no year written', { quantity: 170_600, unit: '元', availability: '项目期内' }, PERIOD, 0],
		['not money (people)', { quantity: 50, unit: '人', availability: '2019年起' }, PERIOD, 0],
		['no quantity', { quantity: null, unit: '元', availability: '2019年起' }, PERIOD, 0],
		['no plan period', { quantity: 700_000, unit: '元', availability: '2019年以来' }, {}, 0],
	])('%s', (_name, resource, info, count) => {
		expect(warned(resource, info)).toHaveLength(count)
	})

	it('names the years and the period', () => {
		expect(warned({ quantity: 700_000, unit: '元', availability: '2019年以来累计' })).toEqual([
			'资源“政府资金”（700,000 元）注明的年份（2019年）不在项目周期（2027年1月1日至2027年12月31日）内：不同期间的金额不能与本期经费相加',
		])
	})

	it.each<[string, number[]]>([
		['2019年以来', [2019]],
		['2022—2023年度', [2022, 2023]],
		['编号 120190 不是年份', []],
		['1980 and 2099', [1980, 2099]],
	])('yearsIn(%s)', (text, years) => {
		expect(yearsIn(text)).toEqual(years)
	})
})
