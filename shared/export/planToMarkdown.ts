import { CARD_KIND_LABELS, LINK_TYPE_LABELS } from '../domain/cardFields'
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
} from '../domain/enums'
import { planCover } from '../plan/planCover'
import type { IndicatorRow, MatchRow, Plan, PlanLang, TargetActual } from '../plan/planTypes'
import { safeRatio } from '../plan/safeNumber'
import { formatPlanPercent } from './formatPlanNumber'
import { listTable } from './listTable'
import { mdInline, mdParagraph, mdTable } from './markdownText'
import { planSummaryParagraphs, planSustainabilityParagraphs } from './planNarrative'
import { planNeedsTable } from './planNeedsTable'
import { PLAN_APPENDICES, PLAN_SECTIONS, type PlanSectionId, planSection } from './planSections'
import { joinNames, notFilled, num, pick, quantityText, riskText, untitled } from './planText'

export type { PlanSection, PlanSectionId } from './planSections'
export { PLAN_APPENDICES, PLAN_SECTIONS, planSection } from './planSections'

/** Options of `planToMarkdown`. */
export interface PlanToMarkdownOptions {
	/** Language of headings and generated text; Chinese by default. Card text is kept as typed. */
	lang?: PlanLang
}

type Lang = PlanLang

/** A section's body: markdown blocks, or null when the board has no data for it. */
type SectionBody = string[] | null

function cover(plan: Plan, lang: Lang): string[] {
	const c = planCover(plan)
	const rows: [string, string][] = [
		[pick(lang, '项目名称', 'Project name'), c.name],
		[pick(lang, '申报单位', 'Applicant'), c.applicant || notFilled(lang)],
		[
			pick(lang, '执行单位', 'Executing bodies'),
			c.executingBodies.length ? joinNames(c.executingBodies, lang) : notFilled(lang),
		],
	]
	if (c.contact !== null) rows.push([pick(lang, '联系方式', 'Contact'), c.contact || notFilled(lang)])
	rows.push([pick(lang, '日期', 'Date'), c.date])
	return [rows.map(([k, v]) => `- **${mdInline(k)}**${lang === 'zh' ? '：' : ': '}${mdInline(v)}`).join('\n')]
}

function summary(plan: Plan, lang: Lang): SectionBody {
	const paragraphs = planSummaryParagraphs(plan, lang)
	return paragraphs.length ? paragraphs.map(mdParagraph) : null
}

function background(plan: Plan, lang: Lang): SectionBody {
	if (plan.needs.length === 0) return null
	const table = planNeedsTable(plan, lang)
	return [table.intro, mdTable(table.header, table.rows)]
}

function resources(plan: Plan, lang: Lang): SectionBody {
	if (plan.resources.length === 0) return null
	const out: string[] = []
	const bySector = plan.metrics.resourcesBySector
	out.push(
		pick(
			lang,
			`按来源评估可整合的资源共 ${num(plan.resources.length, lang)} 项：${SECTORS.map((s) => `${s.zh}资源 ${num(bySector[s.value], lang)} 项`).join('，')}。`,
			`${num(plan.resources.length, lang)} resources can be brought in, by source: ${SECTORS.map((s) => `${s.en.toLowerCase()} ${num(bySector[s.value], lang)}`).join(', ')}.`,
		),
	)
	const header =
		lang === 'zh'
			? ['资源', '类型', '提供方', '数量', '可用时间', '使用条件', '配置去向']
			: ['Resource', 'Type', 'Provider', 'Quantity', 'Availability', 'Conditions', 'Allocated to']
	for (const sector of SECTORS) {
		const list = plan.resources.filter((r) => r.sector === sector.value)
		out.push(`### ${pick(lang, `${sector.zh}资源`, `${sector.en} resources`)}`)
		if (list.length === 0) {
			out.push(pick(lang, `（暂无${sector.zh}资源）`, `(No ${sector.en.toLowerCase()} resources)`))
			continue
		}
		out.push(
			mdTable(
				header,
				list.map((r) => [
					untitled(r.title, lang),
					enumLabel(RESOURCE_TYPES, r.resourceType, lang),
					r.provider,
					quantityText(r.quantity, r.unit, lang),
					r.availability,
					r.conditions,
					r.utilised ? joinNames(r.allocatedTo, lang) : pick(lang, '尚未配置', 'Not allocated yet'),
				]),
			),
		)
	}
	return out
}

function goals(plan: Plan, lang: Lang): SectionBody {
	if (plan.projects.length === 0) return null
	return [
		plan.projects
			.map((p, i) => {
				const goal = p.goal.trim() ? mdInline(p.goal) : notFilled(lang)
				const serves = p.serves.length
					? pick(
							lang,
							`（回应需求：${mdInline(joinNames(p.serves, lang))}）`,
							` (meets: ${mdInline(joinNames(p.serves, lang))})`,
						)
					: ''
				return `${i + 1}. **${mdInline(untitled(p.title, lang))}**${lang === 'zh' ? '：' : ': '}${goal}${serves}`
			})
			.join('\n'),
	]
}

function beneficiaries(plan: Plan, lang: Lang): SectionBody {
	if (plan.projects.length === 0 && plan.needs.length === 0) return null
	const out: string[] = []
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
	if (groups.length > 0) out.push(`${pick(lang, '服务对象：', 'Target groups: ')}${mdInline(joinNames(groups, lang))}`)
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
		out.push(mdTable(header, rows))
	}
	return out
}

function implementation(plan: Plan, lang: Lang): SectionBody {
	if (plan.projects.length === 0) return null
	const header =
		lang === 'zh'
			? ['项目', '调度状态', '牵头方', '开始日期', '结束日期']
			: ['Project', 'Dispatch status', 'Lead', 'Start', 'End']
	const out = [
		mdTable(
			header,
			plan.projects.map((p) => [
				untitled(p.title, lang),
				enumLabel(DISPATCH_STATUSES, p.status, lang),
				p.leadActor,
				p.startDate,
				p.endDate,
			]),
		),
	]
	const activities = plan.projects
		.flatMap((p) => p.activities.map((a) => ({ ...a, project: untitled(p.title, lang) })))
		.sort((a, b) => (a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1))
	out.push(`### ${pick(lang, '活动安排', 'Activities')}`)
	if (activities.length === 0)
		out.push(pick(lang, '（暂无数据：项目卡片还没有活动安排）', '(No data: no project lists activities yet)'))
	else
		out.push(
			mdTable(
				lang === 'zh' ? ['日期', '项目', '内容', '负责方'] : ['Date', 'Project', 'Content', 'Owner'],
				activities.map((a) => [a.date, a.project, a.content, a.owner]),
			),
		)
	return out
}

function organisation(plan: Plan, lang: Lang): SectionBody {
	if (plan.actors.length === 0) return null
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
	const bySector = plan.metrics.actorsBySector
	const intro = pick(
		lang,
		`参与主体 ${num(plan.actors.length, lang)} 个：${ACTOR_SECTORS.map((s) => `${s.zh} ${num(bySector[s.value], lang)} 个`).join('，')}。按“发布—申请—统筹—执行”的调度流程分工如下：`,
		`${num(plan.actors.length, lang)} actors: ${ACTOR_SECTORS.map((s) => `${s.en.toLowerCase()} ${num(bySector[s.value], lang)}`).join(', ')}. Their roles in the publish–apply–coordinate–execute workflow:`,
	)
	return [intro, mdTable(header, rows)]
}

function matchTable(rows: readonly MatchRow[], lang: Lang): string {
	const header = lang === 'zh' ? ['从', '到', '数量', '备注'] : ['From', 'To', 'Quantity', 'Note']
	return mdTable(
		header,
		rows.map((m) => [
			`${CARD_KIND_LABELS[m.fromKind][lang]}：${untitled(m.from, lang)}`,
			`${CARD_KIND_LABELS[m.toKind][lang]}：${untitled(m.to, lang)}`,
			quantityText(m.quantity, m.unit, lang),
			m.note,
		]),
	)
}

function allocation(plan: Plan, lang: Lang): SectionBody {
	if (plan.matches.length === 0) return null
	const { needCoverage, resourceUtilisation } = plan.metrics
	const out: string[] = [
		pick(
			lang,
			`需求覆盖率 ${formatPlanPercent(needCoverage.ratio, lang)}（${num(needCoverage.count, lang)}/${num(needCoverage.total, lang)}），资源利用率 ${formatPlanPercent(resourceUtilisation.ratio, lang)}（${num(resourceUtilisation.count, lang)}/${num(resourceUtilisation.total, lang)}）。`,
			`Need coverage ${formatPlanPercent(needCoverage.ratio, lang)} (${num(needCoverage.count, lang)}/${num(needCoverage.total, lang)}), resource utilisation ${formatPlanPercent(resourceUtilisation.ratio, lang)} (${num(resourceUtilisation.count, lang)}/${num(resourceUtilisation.total, lang)}).`,
		),
	]
	const allocations = plan.matches.filter((m) => m.type === 'allocation')
	const groups = [
		...MECHANISMS.map((m) => ({ title: m[lang], rows: allocations.filter((a) => a.mechanism === m.value) })),
		{ title: pick(lang, '未选择机制', 'No mechanism chosen'), rows: allocations.filter((a) => a.mechanism === '') },
	]
	out.push(`### ${pick(lang, '资源配置（按配置机制）', 'Allocations (by mechanism)')}`)
	if (allocations.length === 0) out.push(pick(lang, '（暂无资源配置连线）', '(No allocations yet)'))
	for (const g of groups) {
		if (g.rows.length === 0) continue
		out.push(`#### ${mdInline(g.title)}（${num(g.rows.length, lang)}）`, matchTable(g.rows, lang))
	}
	for (const type of ['serves', 'provides'] as const) {
		const rows = plan.matches.filter((m) => m.type === type)
		out.push(`### ${mdInline(LINK_TYPE_LABELS[type][lang])}${pick(lang, '关系', ' links')}`)
		out.push(rows.length ? matchTable(rows, lang) : pick(lang, '（暂无）', '(None yet)'))
	}
	out.push(`### ${pick(lang, '未满足的需求与闲置资源', 'Unmet needs and idle resources')}`)
	out.push(
		`- ${pick(lang, '未满足的需求：', 'Unmet needs: ')}${
			plan.unmetNeeds.length
				? mdInline(
						joinNames(
							plan.unmetNeeds.map((n) => untitled(n.title, lang)),
							lang,
						),
					)
				: pick(lang, '无', 'none')
		}\n` +
			`- ${pick(lang, '闲置资源：', 'Idle resources: ')}${
				plan.idleResources.length
					? mdInline(
							joinNames(
								plan.idleResources.map((r) => untitled(r.title, lang)),
								lang,
							),
						)
					: pick(lang, '无', 'none')
			}`,
	)
	return out
}

function budget(plan: Plan, lang: Lang): SectionBody {
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
		mdTable(header, rows),
		`${pick(lang, '经费来源：', 'By source: ')}${mdInline(joinNames(bySource, lang)) || pick(lang, '无', 'none')}`,
	]
}

function risks(plan: Plan, lang: Lang): SectionBody {
	const list = plan.projects.filter((p) => p.risks.length > 0)
	if (list.length === 0) return null
	return list.map(
		(p) =>
			`**${mdInline(untitled(p.title, lang))}**\n\n${p.risks.map((r) => `- ${mdInline(riskText(r, lang))}`).join('\n')}`,
	)
}

function indicatorTable(rows: readonly IndicatorRow[], lang: Lang): string {
	const header =
		lang === 'zh'
			? ['项目', '指标', '目标值', '实际值', '单位', '完成率']
			: ['Project', 'Indicator', 'Target', 'Actual', 'Unit', 'Progress']
	return mdTable(
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
	)
}

function targetActualRow(name: string, t: TargetActual, lang: Lang): string[] {
	const unit = (v: number | null) => (v === null ? '' : `${num(v, lang)}${t.unit ? ` ${t.unit}` : ''}`)
	return [
		name,
		unit(t.target),
		unit(t.actual),
		t.target !== null && t.actual !== null && t.target !== 0 ? formatPlanPercent(t.progress, lang) : '',
		num(t.indicators, lang),
	]
}

function evaluation(plan: Plan, lang: Lang): SectionBody {
	const { efficiency: ef, effectiveness: ev } = plan.metrics
	if (plan.indicators.length === 0 && ef.totalBudget === 0 && ef.totalBeneficiaries === 0) return null
	const out: string[] = [`### ${pick(lang, '（一）资源使用效率', '(1) Resource-use efficiency')}`]
	const figures: [string, string][] = [
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
	out.push(mdTable(lang === 'zh' ? ['指标', '数值'] : ['Figure', 'Value'], figures))
	if (ef.indicators.length > 0) out.push(indicatorTable(ef.indicators, lang))
	out.push(`### ${pick(lang, '（二）治理效能', '(2) Governance effectiveness')}`)
	out.push(
		mdTable(
			lang === 'zh'
				? ['维度', '目标值', '实际值', '完成率', '指标数']
				: ['Dimension', 'Target', 'Actual', 'Progress', 'Indicators'],
			[
				targetActualRow(pick(lang, '居民参与', 'Residents participating'), ev.participation, lang),
				targetActualRow(pick(lang, '志愿者招募', 'Volunteers recruited'), ev.volunteers, lang),
				targetActualRow(pick(lang, '社区组织孵化', 'Community organisations incubated'), ev.organisations, lang),
				targetActualRow(pick(lang, '满意度', 'Satisfaction'), ev.satisfaction, lang),
			],
		),
	)
	if (ev.indicators.length > 0) out.push(indicatorTable(ev.indicators, lang))
	else out.push(pick(lang, '（暂无治理效能指标）', '(No governance-effectiveness indicators yet)'))
	return out
}

function sustainability(plan: Plan, lang: Lang): SectionBody {
	const paragraphs = planSustainabilityParagraphs(plan, lang)
	return paragraphs.length ? paragraphs.map(mdParagraph) : null
}

function appendix(plan: Plan, lang: Lang): SectionBody {
	if (plan.needs.length + plan.resources.length + plan.projects.length + plan.matches.length === 0) return null
	const out: string[] = []
	for (const a of PLAN_APPENDICES) {
		out.push(`### ${a[lang]}`)
		const table = listTable(plan, a.list, lang)
		out.push(
			table.rows.length
				? mdTable(
						table.header,
						table.rows.map((r) => r.map((c) => (typeof c === 'number' ? num(c, lang) : c))),
					)
				: pick(lang, '（暂无）', '(None yet)'),
		)
	}
	return out
}

const BUILDERS: Record<Exclude<PlanSectionId, 'cover'>, (plan: Plan, lang: Lang) => SectionBody> = {
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

/**
 * The 项目计划书 as Markdown, following PRODUCT.md's outline: 封面, 一 … 十二 and 附件,
 * each heading from `PLAN_SECTIONS`; a section without data says so plainly. Card
 * text is escaped (Markdown specials, `|` in cells, `<` as `&lt;`), so it always reads
 * as text. Private fields appear only when the plan includes them.
 */
export function planToMarkdown(plan: Plan, opts: PlanToMarkdownOptions = {}): string {
	const lang = opts.lang ?? 'zh'
	const title = plan.title.trim() || pick(lang, '未命名白板', 'Untitled board')
	const blocks: string[] = [`# ${mdInline(title)}${pick(lang, ' 项目计划书', ' — Project plan')}`]
	for (const section of PLAN_SECTIONS) {
		blocks.push(`## ${section[lang]}`)
		if (section.id === 'cover') {
			blocks.push(...cover(plan, lang))
			continue
		}
		const body = BUILDERS[section.id](plan, lang)
		blocks.push(...(body ?? [planSection(section.id).empty[lang]]))
	}
	return `${blocks.join('\n\n')}\n`
}
