import { MECHANISMS, STRATEGIES } from '../../domain/enums'
import { column, note, type PlanBlock, paragraph, richParagraph, table } from '../planBlocks'
import { planNumber, planPercent, planQuantity } from '../planFormat'
import { colon, joinNames, pick, untitled, word } from '../planText'
import { allocationMapBlocks } from './allocationMapBlocks'
import { matchTable } from './matchTable'
import type { SectionContext } from './sectionContext'

/**
 * 八、资源配置与供需匹配方案: coverage, the 供需匹配表 (one row per need), the mechanisms
 * and strategies used, and what is still unmet or idle.
 */
export function allocationSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	if (plan.matches.length === 0 && plan.needs.length === 0) return null
	const n = (v: number) => planNumber(v, lang)
	const { needCoverage: nc, resourceUtilisation: ru } = plan.metrics
	const out: PlanBlock[] = [
		paragraph(
			pick(
				lang,
				`需求覆盖率 ${planPercent(nc.ratio, lang)}（${n(nc.count)}/${n(nc.total)} 项需求已匹配），资源利用率 ${planPercent(ru.ratio, lang)}（${n(ru.count)}/${n(ru.total)} 项资源已配置）。`,
				`Need coverage ${planPercent(nc.ratio, lang)} (${n(nc.count)} of ${n(nc.total)} needs matched), resource utilisation ${planPercent(ru.ratio, lang)} (${n(ru.count)} of ${n(ru.total)} resources allocated).`,
			),
		),
	]
	out.push(ctx.sub(pick(lang, '供需匹配表', 'Needs matched with projects and resources')))
	out.push(
		plan.needs.length ? matchTable(plan, lang) : note(pick(lang, '尚未填写需求', 'No needs have been filled in yet.')),
	)

	out.push(ctx.sub(pick(lang, '配置机制与策略', 'Mechanisms and strategies')))
	const allocations = plan.matches.filter((m) => m.type === 'allocation')
	if (allocations.length === 0) out.push(note(pick(lang, '尚未配置资源', 'No resources have been allocated yet.')))
	else {
		out.push(...allocationMapBlocks(ctx))
		const groups = [
			...MECHANISMS.map((m) => ({ label: m[lang], rows: allocations.filter((a) => a.mechanism === m.value) })),
			{ label: pick(lang, '未选择机制', 'No mechanism chosen'), rows: allocations.filter((a) => a.mechanism === '') },
		].filter((g) => g.rows.length > 0)
		const strategies = (rows: typeof allocations) => {
			const used = STRATEGIES.map((s) => ({
				label: s[lang],
				count: rows.filter((r) => r.strategy === s.value).length,
			})).filter((s) => s.count > 0)
			const none = rows.filter((r) => r.strategy === '').length
			const parts = used.map((s) => `${s.label} ${planQuantity(s.count, pick(lang, '项', ''), lang)}`)
			if (none > 0) parts.push(`${pick(lang, '未注明', 'not named')} ${planQuantity(none, pick(lang, '项', ''), lang)}`)
			return joinNames(parts, lang)
		}
		out.push(
			table(
				[
					column(word(lang, 'mechanism'), 'text', { minChars: 8 }),
					column(pick(lang, '配置数', 'Allocations'), 'number'),
					column(pick(lang, '策略与渠道', 'Strategies and channels'), 'text', { minChars: 12, weight: 3 }),
				],
				groups.map((g) => [g.label, planQuantity(g.rows.length, pick(lang, '项', ''), lang), strategies(g.rows)]),
			),
		)
	}

	out.push(ctx.sub(pick(lang, '未满足的需求与闲置资源', 'Unmet needs and idle resources')))
	const names = (titles: string[]) => (titles.length ? joinNames(titles, lang) : word(lang, 'none'))
	out.push(
		richParagraph([
			{ text: `${pick(lang, '未满足的需求', 'Unmet needs')}${colon(lang)}`, bold: true },
			{ text: names(plan.unmetNeeds.map((x) => untitled(x.title, lang))) },
		]),
		richParagraph([
			{ text: `${pick(lang, '闲置资源', 'Idle resources')}${colon(lang)}`, bold: true },
			{ text: names(plan.idleResources.map((r) => untitled(r.title, lang))) },
		]),
	)
	return out
}
