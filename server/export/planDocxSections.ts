import { AlignmentType, ImageRun, Paragraph, type Table, type TableOfContents } from 'docx'
import { CARD_KIND_LABELS, LINK_TYPE_LABELS } from '../../shared/domain/cardFields'
import {
	ACTOR_KINDS,
	ACTOR_ROLES,
	ACTOR_SECTORS,
	BUDGET_SOURCES,
	DISPATCH_STATUSES,
	enumLabel,
	MECHANISMS,
	RESOURCE_TYPES,
	SECTORS,
} from '../../shared/domain/enums'
import { formatPlanPercent } from '../../shared/export/formatPlanNumber'
import { listTable } from '../../shared/export/listTable'
import { planSummaryParagraphs, planSustainabilityParagraphs } from '../../shared/export/planNarrative'
import { planNeedsTable } from '../../shared/export/planNeedsTable'
import { PLAN_APPENDICES, type PlanSectionId } from '../../shared/export/planSections'
import { joinNames, notFilled, num, pick, quantityText, riskText, untitled } from '../../shared/export/planText'
import type { IndicatorRow, MatchRow, Plan, PlanLang, TargetActual } from '../../shared/plan/planTypes'
import { safeRatio } from '../../shared/plan/safeNumber'
import { dataTable, FONT_SIZE, heading, noDataPara, para, richPara } from './docxBlocks'
import { pngSize } from './pngSize'

/** One block of a section: a paragraph, a table or the table of contents. */
export type DocxBlock = Paragraph | Table | TableOfContents

/** What a section's builder needs. */
export interface DocxSectionContext {
	plan: Plan
	lang: PlanLang
	/** The width of the text on the page, in twips. */
	width: number
	/** The height of the text on the page, in twips. */
	height: number
	/** The canvas picture, a PNG, for 附件. */
	canvasPng?: Uint8Array
}

/** The blocks of a section, or null when the board has no data for it. */
type SectionBody = DocxBlock[] | null

/** Twips in one pixel at 96 dpi. */
const TWIPS_PER_PX = 15

function colon(lang: PlanLang): string {
	return lang === 'zh' ? '：' : ': '
}

function summary({ plan, lang }: DocxSectionContext): SectionBody {
	const paragraphs = planSummaryParagraphs(plan, lang)
	return paragraphs.length ? paragraphs.map((p) => para(p)) : null
}

function background({ plan, lang, width }: DocxSectionContext): SectionBody {
	if (plan.needs.length === 0) return null
	const table = planNeedsTable(plan, lang)
	return [para(table.intro), dataTable(table.header, table.rows, { width })]
}

function resources({ plan, lang, width }: DocxSectionContext): SectionBody {
	if (plan.resources.length === 0) return null
	const bySector = plan.metrics.resourcesBySector
	const out: DocxBlock[] = [
		para(
			pick(
				lang,
				`按来源评估可整合的资源共 ${num(plan.resources.length, lang)} 项：${SECTORS.map((s) => `${s.zh}资源 ${num(bySector[s.value], lang)} 项`).join('，')}。`,
				`${num(plan.resources.length, lang)} resources can be brought in, by source: ${SECTORS.map((s) => `${s.en.toLowerCase()} ${num(bySector[s.value], lang)}`).join(', ')}.`,
			),
		),
	]
	const header =
		lang === 'zh'
			? ['资源', '类型', '提供方', '数量', '可用时间', '使用条件', '配置去向']
			: ['Resource', 'Type', 'Provider', 'Quantity', 'Availability', 'Conditions', 'Allocated to']
	for (const sector of SECTORS) {
		const list = plan.resources.filter((r) => r.sector === sector.value)
		out.push(heading(2, pick(lang, `${sector.zh}资源`, `${sector.en} resources`)))
		if (list.length === 0) {
			out.push(noDataPara(pick(lang, `（暂无${sector.zh}资源）`, `(No ${sector.en.toLowerCase()} resources)`)))
			continue
		}
		const rows = list.map((r) => [
			untitled(r.title, lang),
			enumLabel(RESOURCE_TYPES, r.resourceType, lang),
			r.provider,
			quantityText(r.quantity, r.unit, lang),
			r.availability,
			r.conditions,
			r.utilised ? joinNames(r.allocatedTo, lang) : pick(lang, '尚未配置', 'Not allocated yet'),
		])
		out.push(dataTable(header, rows, { width }))
	}
	return out
}

function goals({ plan, lang }: DocxSectionContext): SectionBody {
	if (plan.projects.length === 0) return null
	return plan.projects.map((p, i) => {
		const goal = p.goal.trim() ? p.goal : notFilled(lang)
		const serves = p.serves.length
			? pick(lang, `（回应需求：${joinNames(p.serves, lang)}）`, ` (meets: ${joinNames(p.serves, lang)})`)
			: ''
		return richPara([[`${i + 1}. `], [untitled(p.title, lang), { bold: true }], [`${colon(lang)}${goal}${serves}`]])
	})
}

function beneficiaries({ plan, lang, width }: DocxSectionContext): SectionBody {
	if (plan.projects.length === 0 && plan.needs.length === 0) return null
	const out: DocxBlock[] = []
	const groups = [
		...new Set(
			[...plan.needs, ...plan.projects].flatMap((x) =>
				x.targetGroup
					.split(/[、,，;；/]/)
					.map((g) => g.trim())
					.filter(Boolean),
			),
		),
	]
	if (groups.length > 0) out.push(para(`${pick(lang, '服务对象：', 'Target groups: ')}${joinNames(groups, lang)}`))
	if (plan.projects.length > 0) {
		const { directBeneficiaries, indirectBeneficiaries } = plan.metrics.efficiency
		const header =
			lang === 'zh'
				? ['项目', '服务对象', '直接受益人数', '间接受益人数']
				: ['Project', 'Target group', 'Direct beneficiaries', 'Indirect beneficiaries']
		const rows = plan.projects.map((p) => [
			untitled(p.title, lang),
			p.targetGroup,
			num(p.directBeneficiaries, lang),
			num(p.indirectBeneficiaries, lang),
		])
		rows.push([pick(lang, '合计', 'Total'), '', num(directBeneficiaries, lang), num(indirectBeneficiaries, lang)])
		out.push(dataTable(header, rows, { width, boldLastRow: true }))
	}
	return out
}

function implementation({ plan, lang, width }: DocxSectionContext): SectionBody {
	if (plan.projects.length === 0) return null
	const header =
		lang === 'zh'
			? ['项目', '调度状态', '牵头方', '开始日期', '结束日期']
			: ['Project', 'Dispatch status', 'Lead', 'Start', 'End']
	const out: DocxBlock[] = [
		dataTable(
			header,
			plan.projects.map((p) => [
				untitled(p.title, lang),
				enumLabel(DISPATCH_STATUSES, p.status, lang),
				p.leadActor,
				p.startDate,
				p.endDate,
			]),
			{ width },
		),
	]
	const activities = plan.projects
		.flatMap((p) => p.activities.map((a) => ({ ...a, project: untitled(p.title, lang) })))
		.sort((a, b) => (a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1))
	out.push(heading(2, pick(lang, '活动安排', 'Activities')))
	if (activities.length === 0) {
		out.push(
			noDataPara(pick(lang, '（暂无数据：项目卡片还没有活动安排）', '(No data: no project lists activities yet)')),
		)
	} else {
		out.push(
			dataTable(
				lang === 'zh' ? ['日期', '项目', '内容', '负责方'] : ['Date', 'Project', 'Content', 'Owner'],
				activities.map((a) => [a.date, a.project, a.content, a.owner]),
				{ width },
			),
		)
	}
	return out
}

function organisation({ plan, lang, width }: DocxSectionContext): SectionBody {
	if (plan.actors.length === 0) return null
	const bySector = plan.metrics.actorsBySector
	const intro = pick(
		lang,
		`参与主体 ${num(plan.actors.length, lang)} 个：${ACTOR_SECTORS.map((s) => `${s.zh} ${num(bySector[s.value], lang)} 个`).join('，')}。按“发布—申请—统筹—执行”的调度流程分工如下：`,
		`${num(plan.actors.length, lang)} actors: ${ACTOR_SECTORS.map((s) => `${s.en.toLowerCase()} ${num(bySector[s.value], lang)}`).join(', ')}. Their roles in the publish–apply–coordinate–execute workflow:`,
	)
	const header =
		lang === 'zh'
			? ['主体', '属性', '主体类型', '调度角色', '牵头项目', '合作项目', '提供资源']
			: ['Actor', 'Sector', 'Kind', 'Dispatch roles', 'Leads', 'Partner in', 'Provides']
	const rows = plan.actors.map((a) => [
		untitled(a.title, lang),
		enumLabel(ACTOR_SECTORS, a.sector, lang),
		enumLabel(ACTOR_KINDS, a.actorKind, lang),
		joinNames(
			a.roles.map((r) => enumLabel(ACTOR_ROLES, r, lang)),
			lang,
		),
		joinNames(a.leads, lang),
		joinNames(a.partnerIn, lang),
		joinNames(a.provides, lang),
	])
	return [para(intro), dataTable(header, rows, { width })]
}

function matchTable(rows: readonly MatchRow[], lang: PlanLang, width: number): Table {
	const header = lang === 'zh' ? ['从', '到', '数量', '备注'] : ['From', 'To', 'Quantity', 'Note']
	return dataTable(
		header,
		rows.map((m) => [
			`${CARD_KIND_LABELS[m.fromKind][lang]}${colon(lang)}${untitled(m.from, lang)}`,
			`${CARD_KIND_LABELS[m.toKind][lang]}${colon(lang)}${untitled(m.to, lang)}`,
			quantityText(m.quantity, m.unit, lang),
			m.note,
		]),
		{ width },
	)
}

function allocation({ plan, lang, width }: DocxSectionContext): SectionBody {
	if (plan.matches.length === 0) return null
	const { needCoverage: nc, resourceUtilisation: ru } = plan.metrics
	const out: DocxBlock[] = [
		para(
			pick(
				lang,
				`需求覆盖率 ${formatPlanPercent(nc.ratio, lang)}（${num(nc.count, lang)}/${num(nc.total, lang)}），资源利用率 ${formatPlanPercent(ru.ratio, lang)}（${num(ru.count, lang)}/${num(ru.total, lang)}）。`,
				`Need coverage ${formatPlanPercent(nc.ratio, lang)} (${num(nc.count, lang)}/${num(nc.total, lang)}), resource utilisation ${formatPlanPercent(ru.ratio, lang)} (${num(ru.count, lang)}/${num(ru.total, lang)}).`,
			),
		),
	]
	const allocations = plan.matches.filter((m) => m.type === 'allocation')
	const groups = [
		...MECHANISMS.map((m) => ({ title: m[lang], rows: allocations.filter((a) => a.mechanism === m.value) })),
		{ title: pick(lang, '未选择机制', 'No mechanism chosen'), rows: allocations.filter((a) => a.mechanism === '') },
	]
	out.push(heading(2, pick(lang, '资源配置（按配置机制）', 'Allocations (by mechanism)')))
	if (allocations.length === 0) out.push(noDataPara(pick(lang, '（暂无资源配置连线）', '(No allocations yet)')))
	for (const g of groups) {
		if (g.rows.length === 0) continue
		out.push(heading(3, `${g.title}（${num(g.rows.length, lang)}）`), matchTable(g.rows, lang, width))
	}
	for (const type of ['serves', 'provides'] as const) {
		const rows = plan.matches.filter((m) => m.type === type)
		out.push(heading(2, `${LINK_TYPE_LABELS[type][lang]}${pick(lang, '关系', ' links')}`))
		out.push(rows.length ? matchTable(rows, lang, width) : noDataPara(pick(lang, '（暂无）', '(None yet)')))
	}
	out.push(heading(2, pick(lang, '未满足的需求与闲置资源', 'Unmet needs and idle resources')))
	const names = (titles: string[]) => (titles.length ? joinNames(titles, lang) : pick(lang, '无', 'none'))
	out.push(
		richPara([
			[pick(lang, '未满足的需求：', 'Unmet needs: '), { bold: true }],
			[names(plan.unmetNeeds.map((n) => untitled(n.title, lang)))],
		]),
		richPara([
			[pick(lang, '闲置资源：', 'Idle resources: '), { bold: true }],
			[names(plan.idleResources.map((r) => untitled(r.title, lang)))],
		]),
	)
	return out
}

function budget({ plan, lang, width }: DocxSectionContext): SectionBody {
	const lines = plan.projects.flatMap((p) => p.budget.map((b) => ({ ...b, project: untitled(p.title, lang) })))
	if (lines.length === 0) return null
	const { totalBudget, budgetBySource } = plan.metrics.efficiency
	const header =
		lang === 'zh' ? ['项目', '支出项目', '金额（元）', '经费来源'] : ['Project', 'Item', 'Amount (yuan)', 'Source']
	const rows = lines.map((b) => [b.project, b.item, num(b.amount, lang), enumLabel(BUDGET_SOURCES, b.source, lang)])
	rows.push([pick(lang, '合计', 'Total'), '', num(totalBudget, lang), ''])
	const bySource = BUDGET_SOURCES.filter((s) => budgetBySource[s.value] !== 0).map(
		(s) => `${s[lang]} ${num(budgetBySource[s.value], lang)}${pick(lang, ' 元', ' yuan')}`,
	)
	return [
		dataTable(header, rows, { width, boldLastRow: true }),
		para(`${pick(lang, '经费来源：', 'By source: ')}${joinNames(bySource, lang) || pick(lang, '无', 'none')}`),
	]
}

function risks({ plan, lang }: DocxSectionContext): SectionBody {
	const list = plan.projects.filter((p) => p.risks.length > 0)
	if (list.length === 0) return null
	return list.flatMap((p) => [
		para(untitled(p.title, lang), { bold: true }),
		...p.risks.map((r) => para(riskText(r, lang))),
	])
}

function indicatorTable(rows: readonly IndicatorRow[], lang: PlanLang, width: number): Table {
	const header =
		lang === 'zh'
			? ['项目', '指标', '目标值', '实际值', '单位', '完成率']
			: ['Project', 'Indicator', 'Target', 'Actual', 'Unit', 'Progress']
	return dataTable(
		header,
		rows.map((i) => [
			untitled(i.project, lang),
			i.name,
			num(i.target, lang),
			num(i.actual, lang),
			i.unit,
			i.target !== null && i.actual !== null && i.target !== 0
				? formatPlanPercent(safeRatio(i.actual, i.target), lang)
				: '',
		]),
		{ width },
	)
}

function targetActualRow(name: string, t: TargetActual, lang: PlanLang): string[] {
	const value = (v: number | null) => (v === null ? '' : `${num(v, lang)}${t.unit ? ` ${t.unit}` : ''}`)
	return [
		name,
		value(t.target),
		value(t.actual),
		t.target !== null && t.actual !== null && t.target !== 0 ? formatPlanPercent(t.progress, lang) : '',
		num(t.indicators, lang),
	]
}

function evaluation({ plan, lang, width }: DocxSectionContext): SectionBody {
	const { efficiency: ef, effectiveness: ev } = plan.metrics
	if (plan.indicators.length === 0 && ef.totalBudget === 0 && ef.totalBeneficiaries === 0) return null
	const out: DocxBlock[] = [heading(2, pick(lang, '（一）资源使用效率', '(1) Resource-use efficiency'))]
	const figures: string[][] = [
		[pick(lang, '项目预算合计', 'Total budget'), `${num(ef.totalBudget, lang)}${pick(lang, ' 元', ' yuan')}`],
		[pick(lang, '直接受益人数', 'Direct beneficiaries'), num(ef.directBeneficiaries, lang)],
		[pick(lang, '间接受益人数', 'Indirect beneficiaries'), num(ef.indirectBeneficiaries, lang)],
		[
			pick(lang, '每万元直接受益人数', 'Direct beneficiaries per 10,000 yuan'),
			ef.totalBudget > 0 ? num(ef.beneficiariesPer10kYuan, lang) : pick(lang, '—（无预算）', '— (no budget)'),
		],
		[pick(lang, '志愿服务时长', 'Volunteer hours'), `${num(ef.volunteerHours, lang)}${pick(lang, ' 小时', ' h')}`],
		[
			pick(lang, '每志愿小时直接受益人数', 'Direct beneficiaries per volunteer hour'),
			ef.volunteerHours > 0
				? num(ef.beneficiariesPerVolunteerHour, lang)
				: pick(lang, '—（无志愿时长指标）', '— (no volunteer-hour indicator)'),
		],
	]
	out.push(dataTable(lang === 'zh' ? ['指标', '数值'] : ['Figure', 'Value'], figures, { width }))
	if (ef.indicators.length > 0) out.push(indicatorTable(ef.indicators, lang, width))
	out.push(heading(2, pick(lang, '（二）治理效能', '(2) Governance effectiveness')))
	out.push(
		dataTable(
			lang === 'zh'
				? ['维度', '目标值', '实际值', '完成率', '指标数']
				: ['Dimension', 'Target', 'Actual', 'Progress', 'Indicators'],
			[
				targetActualRow(pick(lang, '居民参与', 'Residents participating'), ev.participation, lang),
				targetActualRow(pick(lang, '志愿者招募', 'Volunteers recruited'), ev.volunteers, lang),
				targetActualRow(pick(lang, '社区组织孵化', 'Community organisations incubated'), ev.organisations, lang),
				targetActualRow(pick(lang, '满意度', 'Satisfaction'), ev.satisfaction, lang),
			],
			{ width },
		),
	)
	if (ev.indicators.length > 0) out.push(indicatorTable(ev.indicators, lang, width))
	else out.push(noDataPara(pick(lang, '（暂无治理效能指标）', '(No governance-effectiveness indicators yet)')))
	return out
}

function sustainability({ plan, lang }: DocxSectionContext): SectionBody {
	const paragraphs = planSustainabilityParagraphs(plan, lang)
	return paragraphs.length ? paragraphs.map((p) => para(p)) : null
}

/**
 * The canvas picture scaled to the text width — and to 85% of the text height, so it
 * fits on a page under its heading — never enlarged; null for data that is not a PNG.
 */
function canvasPicture(png: Uint8Array, width: number, height: number, lang: PlanLang): Paragraph | null {
	const size = pngSize(png)
	if (!size) return null
	const maxW = width / TWIPS_PER_PX
	const maxH = (height * 0.85) / TWIPS_PER_PX
	const scale = Math.min(1, maxW / size.width, maxH / size.height)
	return new Paragraph({
		alignment: AlignmentType.CENTER,
		children: [
			new ImageRun({
				type: 'png',
				data: png,
				transformation: {
					width: Math.max(1, Math.round(size.width * scale)),
					height: Math.max(1, Math.round(size.height * scale)),
				},
				altText: {
					name: 'canvas',
					title: pick(lang, '白板画布', 'Board canvas'),
					description: pick(lang, '白板画布截图', 'A picture of the board canvas'),
				},
			}),
		],
	})
}

function appendix({ plan, lang, width, height, canvasPng }: DocxSectionContext): SectionBody {
	const hasLists = plan.needs.length + plan.resources.length + plan.projects.length + plan.matches.length > 0
	const picture = canvasPng ? canvasPicture(canvasPng, width, height, lang) : null
	if (!hasLists && !picture) return null
	const out: DocxBlock[] = []
	if (hasLists) {
		for (const a of PLAN_APPENDICES) {
			out.push(heading(2, a[lang]))
			const table = listTable(plan, a.list, lang)
			out.push(
				table.rows.length
					? dataTable(
							table.header,
							table.rows.map((r) => r.map((c) => (typeof c === 'number' ? num(c, lang) : c))),
							{ width, size: FONT_SIZE.xiaoWu },
						)
					: noDataPara(pick(lang, '（暂无）', '(None yet)')),
			)
		}
	}
	if (picture) {
		out.push(
			heading(2, pick(lang, `附件${hasLists ? '五' : '一'}：画布图片`, `Appendix ${hasLists ? 5 : 1}: Canvas picture`)),
		)
		out.push(picture)
	}
	return out
}

/** The builder of each section's body, by id; the cover is built by `planToDocx` itself. */
export const DOCX_SECTION_BUILDERS: Readonly<
	Record<Exclude<PlanSectionId, 'cover'>, (ctx: DocxSectionContext) => SectionBody>
> = {
	summary,
	background,
	resources,
	goals,
	beneficiaries,
	implementation,
	organisation,
	allocation,
	budget,
	risks,
	evaluation,
	sustainability,
	appendix,
}
