import { describe, expect, it } from 'vitest'
import { budgetLine, projectActivity, projectIndicator } from '../domain/cardDefaults'
import { LIST_COLUMNS, LIST_NAMES } from '../export/listColumns'
import { listForSheetName } from './listForSheetName'
import { listHeaderAliases } from './listHeaderAliases'
import { parseCsvList, parseImportSheets } from './parseImportSheets'
import { parseListRows } from './parseListRows'

describe('header aliases', () => {
	it.each(LIST_NAMES)('accept every LIST_COLUMNS zh and en name of %s', (list) => {
		const aliases = listHeaderAliases(list)
		for (const col of LIST_COLUMNS[list]) {
			expect(aliases.get(col.zh), col.zh).toBe(col.key)
			expect(aliases.get(col.en.toLowerCase().replace(/\s+/g, '')), col.en).toBe(col.key)
		}
	})

	it.each([
		['needs', 'Title', 'title'],
		['needs', 'Target group', 'targetGroup'],
		['needs', 'URGENCY', 'urgency'],
		['needs', '紧急程度', 'urgency'],
		['resources', 'Sector', 'sector'],
		['resources', 'Type', 'resourceType'],
		['resources', 'Provider', 'provider'],
		['resources', 'Quantity', 'quantity'],
		['resources', 'Unit', 'unit'],
		['projects', 'Status', 'status'],
		['projects', '调度状态', 'status'],
		['matches', 'Resource', 'resource'],
		['matches', 'Need', 'need'],
		['matches', 'Project', 'project'],
		['matches', 'Mechanism', 'mechanism'],
		['actors', 'Roles', 'roles'],
	] as const)('%s: %j → %s', (list, header, key) => {
		expect(listHeaderAliases(list).get(header.toLowerCase().replace(/\s+/g, ''))).toBe(key)
	})

	it.each([
		['需求清单', 'needs'],
		['Needs', 'needs'],
		['资源清单', 'resources'],
		['项目清单', 'projects'],
		['匹配表', 'matches'],
		['Matches', 'matches'],
		['主体', 'actors'],
		['说明', null],
	] as const)('sheet %j → %s', (name, list) => {
		expect(listForSheetName(name)).toBe(list)
	})
})

describe('parseListRows', () => {
	it('reads a needs sheet with English headers, enum labels in any language and numbers with separators', () => {
		const parsed = parseListRows('needs', [
			['Title', 'Target group', 'Urgency', 'Category', 'Beneficiaries', 'Source', 'Status', 'Votes', 'Extra'],
			['助餐', '老年人', '高', '服务', '1,200', '问卷', '待认领', '3', 'ignored'],
			['', '', '', '', '', '', '', '', ''],
			['Haircuts', 'Elderly', 'low', 'Goods', '2万', 'grid', 'inProgress', '', ''],
		])
		expect(parsed.problems).toEqual([])
		expect(parsed.cards.map((c) => ({ row: c.row, props: c.props }))).toEqual([
			{
				row: 2,
				props: {
					title: '助餐',
					targetGroup: '老年人',
					urgency: 'high',
					category: 'services',
					beneficiaries: 1200,
					source: 'survey',
					status: 'open',
					votes: 3,
				},
			},
			{
				row: 4,
				props: {
					title: 'Haircuts',
					targetGroup: 'Elderly',
					urgency: 'low',
					category: 'goods',
					beneficiaries: 20000,
					source: 'grid',
					status: 'inProgress',
				},
			},
		])
	})

	it('reads projects with partners, activities, budget and indicators', () => {
		const parsed = parseListRows('projects', [
			['名称', '服务对象', '状态', '合作方', '开始日期', '活动安排', '预算', '评估指标'],
			[
				'爱心义剪',
				'老年人',
				'执行',
				'美发协会、志愿队',
				'2024/3/1',
				'2024-03-02 | 第一次义剪 | 美发协会',
				'工具 | 1,000 | 企业\n场地 |  | 政府购买',
				'服务人次 | 治理效能 | 200 | 150 | 人次',
			],
		])
		expect(parsed.problems).toEqual([])
		expect(parsed.cards[0].props).toEqual({
			title: '爱心义剪',
			targetGroup: '老年人',
			status: 'executing',
			partners: ['美发协会', '志愿队'],
			startDate: '2024-03-01',
			// Lines written with the older, shorter columns keep the new columns' defaults.
			activities: [projectActivity({ date: '2024-03-02', content: '第一次义剪', owner: '美发协会' })],
			budget: [
				budgetLine({ item: '工具', amount: 1000, source: 'enterprise' }),
				budgetLine({ item: '场地', amount: null, source: 'govPurchase' }),
			],
			indicators: [
				projectIndicator({ name: '服务人次', dimension: 'effectiveness', target: 200, actual: 150, unit: '人次' }),
			],
		})
	})

	it('reads the plan-content columns: budget lines with quantity × unit price, risks, dispatch roles and trail', () => {
		const parsed = parseListRows('projects', [
			['名称', '服务对象', '状态', '预算', '风险与应对', '发布方', '执行方', '调度记录', '评估指标'],
			[
				'四点半课堂',
				'学生',
				'执行',
				'辅导员补贴 | 9,600 | 政府购买 | 人员 | 48 | 课时 | 200 | 资金\n志愿辅导 | 4,000 | 社会捐赠 | 志愿服务时长 | 200 | 小时 | 20 | 实物/志愿折算',
				'志愿者流失 | 建立轮值表\n暴雨停课 | 线上辅导',
				'C社区党委',
				'P社工机构',
				'发布 | 2023-02-01 | C社区党委 | 云平台发布\n执行 | 2023-03-04 | P社工机构 | ',
				'参与人次 | 治理效能 | 300 |  | 人次 | 120',
			],
		])
		expect(parsed.problems).toEqual([])
		const props = parsed.cards[0].props as Record<string, unknown>
		expect(props.budget).toEqual([
			budgetLine({
				item: '辅导员补贴',
				amount: 9600,
				source: 'govPurchase',
				category: 'personnel',
				quantity: 48,
				unit: '课时',
				unitPrice: 200,
			}),
			budgetLine({
				item: '志愿辅导',
				amount: 4000,
				source: 'donation',
				category: 'volunteerTime',
				quantity: 200,
				unit: '小时',
				unitPrice: 20,
				form: 'inKind',
			}),
		])
		expect(props.risks).toEqual([
			{ risk: '志愿者流失', response: '建立轮值表' },
			{ risk: '暴雨停课', response: '线上辅导' },
		])
		expect(props.publisher).toBe('C社区党委')
		expect(props.executor).toBe('P社工机构')
		expect(props.dispatchTrail).toEqual([
			{ stage: 'published', date: '2023-02-01', by: 'C社区党委', note: '云平台发布' },
			{ stage: 'executing', date: '2023-03-04', by: 'P社工机构', note: '' },
		])
		expect(props.indicators).toEqual([
			projectIndicator({ name: '参与人次', dimension: 'effectiveness', baseline: 120, target: 300, unit: '人次' }),
		])
	})

	it('restores cells the export neutralised against formulas', () => {
		const parsed = parseListRows('actors', [
			['名称', '说明', '影响力'],
			['\'=HYPERLINK("x")', "'-兼职", '4'],
		])
		expect(parsed.problems).toEqual([])
		expect(parsed.cards[0].props).toMatchObject({ title: '=HYPERLINK("x")', description: '-兼职', influence: 4 })
	})

	it.each([
		['needs', [['名称', '紧迫程度']], ['服务对象']],
		['needs', [['Target group']], ['名称', '紧迫程度']],
		['resources', [['名称', '属性', '类型']], ['提供方', '数量', '单位']],
		['projects', [['名称']], ['服务对象', '状态']],
		['matches', [['资源', '机制']], ['需求']],
		['matches', [['需求', '项目']], ['资源', '机制']],
	] as const)('%s: missing required columns are reported on the header row', (list, rows, columns) => {
		const parsed = parseListRows(list, rows)
		expect(parsed.problems.map((p) => [p.row, p.column])).toEqual(columns.map((c) => [1, c]))
		for (const p of parsed.problems) expect(p.message.zh).toContain(p.column)
	})

	it('reports every bad cell by sheet, row and column (as the header is written) and keeps no bad row', () => {
		const parsed = parseListRows(
			'needs',
			[
				[],
				['Name', 'Target group', 'Urgency', 'Beneficiaries'],
				['a', 'x', '很急', '10'],
				['', 'x', 'high', 'ten'],
				['ok', 'x', 'medium', ''],
			],
			'Needs',
		)
		expect(parsed.cards.map((c) => c.props.title)).toEqual(['ok'])
		expect(parsed.problems.map((p) => ({ sheet: p.sheet, row: p.row, column: p.column }))).toEqual([
			{ sheet: 'Needs', row: 3, column: 'Urgency' },
			{ sheet: 'Needs', row: 4, column: 'Name' },
			{ sheet: 'Needs', row: 4, column: 'Beneficiaries' },
		])
	})

	it.each([
		['a table line with too many fields', '评估指标', 'a | 治理效能 | 1 | 2 | 人 | extra', /第 1 行/],
		['a bad budget source', '预算', '工具 | 10 | 银行', /经费来源/],
		['a bad date', '开始日期', '2024-02-30', /有效日期/],
		['a bad status', '状态', '完成', /发布 \/ 申请/],
	])('projects: %s is a problem', (_name, column, cell, message) => {
		const header = ['名称', '服务对象', '状态', column].filter((c, i, all) => all.indexOf(c) === i)
		const row = header.map((h) => (h === column ? cell : h === '状态' ? '发布' : 'x'))
		const parsed = parseListRows('projects', [header, row])
		expect(parsed.problems).toHaveLength(1)
		expect(parsed.problems[0]).toMatchObject({ row: 2, column })
		expect(parsed.problems[0].message.zh).toMatch(message)
	})

	it('reports a header given twice', () => {
		const parsed = parseListRows('needs', [['名称', 'Name', '服务对象', '紧迫程度']])
		expect(parsed.problems).toEqual([expect.objectContaining({ row: 1, column: 'Name' })])
	})
})

describe('the 匹配表', () => {
	const header = ['主体', '资源', '项目', '需求', '类型', '机制', '数量', '单位', '备注']

	it.each([
		[['P', 'R', '', '', '提供', '', '', '', ''], { fromKind: 'actor', toKind: 'resource', mechanism: '' }],
		[
			['', 'R', 'P', '', '资源配置', '行政借力', '70万', '元', ''],
			{ fromKind: 'resource', toKind: 'project', mechanism: 'administrative', quantity: 700000 },
		],
		[
			['', 'R', '', 'N', '', 'market', '', '', 'n'],
			{ fromKind: 'resource', toKind: 'need', mechanism: 'market', note: 'n' },
		],
		[['', '', 'P', 'N', 'Serves', '', '', '', ''], { fromKind: 'project', toKind: 'need' }],
	])('reads a row: %j', (row, expected) => {
		const parsed = parseListRows('matches', [header, row])
		expect(parsed.problems).toEqual([])
		expect(parsed.links[0]).toMatchObject({ row: 2, ...expected })
	})

	it.each([
		[['', 'R', '', '', '', '', '', '', ''], /恰好填写两张卡片/],
		[['A', 'R', 'P', '', '', '', '', '', ''], /恰好填写两张卡片/],
		[['A', '', 'P', '', '', '', '', '', ''], /不能连线/],
		[['', 'R', 'P', '', '服务', '', '', '', ''], /类型“服务”与所填卡片不符/],
		[['', '', 'P', 'N', '', '行政借力', '', '', ''], /只有资源配置/],
		[['', 'R', 'P', '', '', '购买', '', '', ''], /不是有效的值/],
	])('refuses a row: %j', (row, message) => {
		const parsed = parseListRows('matches', [header, row])
		expect(parsed.links).toEqual([])
		expect(parsed.problems).toHaveLength(1)
		expect(parsed.problems[0].row).toBe(2)
		expect(parsed.problems[0].message.zh).toMatch(message)
	})

	it('reads an allocation’s 配置策略 by label or value, and refuses one on a link that is no allocation', () => {
		const withStrategy = [...header.slice(0, 6), '配置策略', ...header.slice(6)]
		const parsed = parseListRows('matches', [
			withStrategy,
			['', 'R', 'P', '', '', '行政借力', '双报到', '', '', ''],
			['', 'R', '', 'N', '', '社会机制', 'Building community trust', '', '', ''],
			['', 'R2', 'P', '', '', '市场机制', 'paidSponsorship', '', '', ''],
		])
		expect(parsed.problems).toEqual([])
		expect(parsed.links.map((l) => l.strategy)).toEqual(['dualReport', 'trust', 'paidSponsorship'])
		const bad = parseListRows('matches', [withStrategy, ['', '', 'P', 'N', '', '', '志愿手段', '', '', '']])
		expect(bad.problems[0].message.zh).toMatch(/只有资源配置.*配置策略/)
	})
})

describe('workbooks and csv', () => {
	it('ignores sheets that are not lists, and refuses a workbook with none', () => {
		const parsed = parseImportSheets([
			{ name: '说明', rows: [['anything']] },
			{
				name: 'Needs',
				rows: [
					['Name', 'Target group', 'Urgency'],
					['a', 'b', 'low'],
				],
			},
		])
		expect(parsed.problems).toEqual([])
		expect(parsed.cards).toHaveLength(1)
		const none = parseImportSheets([{ name: 'Sheet1', rows: [] }])
		expect(none.problems).toEqual([expect.objectContaining({ sheet: '', row: 0 })])
	})

	it('reads a csv list with BOM and CRLF, and reports a broken csv by line', () => {
		const csv = '\uFEFF名称,服务对象,紧迫程度\r\n"助餐, 送餐",老年人,高\r\n'
		expect(parseCsvList('needs', csv).cards[0].props).toMatchObject({ title: '助餐, 送餐', urgency: 'high' })
		const broken = parseCsvList('needs', '名称,服务对象,紧迫程度\r\n"open,x,y\r\n')
		expect(broken.problems).toEqual([expect.objectContaining({ sheet: '需求清单', row: 2 })])
	})
})
