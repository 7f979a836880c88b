import { enumLabel, MECHANISMS, STRATEGIES } from '../../domain/enums'
import type { MatchRow, Plan, PlanLang } from '../../plan/planTypes'
import { column, type PlanTableBlock, table } from '../planBlocks'
import { planQuantity } from '../planFormat'
import { joinNames, pick, untitled, word } from '../planText'

/** "社会机制（志愿手段）" (the strategy on a line of its own in a table cell), the mechanism alone, or 未选择. */
export function mechanismText(m: Pick<MatchRow, 'mechanism' | 'strategy'>, lang: PlanLang, sep = ''): string {
	if (m.mechanism === '') return pick(lang, '未选择', 'not chosen')
	const mechanism = enumLabel(MECHANISMS, m.mechanism, lang)
	if (m.strategy === '') return mechanism
	const strategy = enumLabel(STRATEGIES, m.strategy, lang)
	return lang === 'zh' ? `${mechanism}${sep}（${strategy}）` : `${mechanism}${sep || ' '}(${strategy})`
}

/**
 * The 供需匹配表, one row per need: 需求 | 项目 (the projects serving it) | 资源 |
 * 提供方 | 机制 | 数量 — the resources allocated to the need itself or to a project that
 * serves it, one sub-row each (the need and its projects merged down over them), with
 * their provider, mechanism (with its strategy) and quantity.
 */
export function matchTable(plan: Plan, lang: PlanLang): PlanTableBlock {
	const resources = new Map(plan.resources.map((r) => [r.id, r]))
	const allocations = plan.matches.filter((m) => m.type === 'allocation')
	const dash = '—'
	const rows: string[][] = []
	for (const need of plan.needs) {
		const targets = new Set([need.id, ...need.servedByIds])
		const lines = allocations.filter((m) => targets.has(m.toId))
		const provider = (m: MatchRow) => {
			const r = resources.get(m.fromId)
			return r?.provider.trim() || joinNames(r?.providedBy ?? [], lang) || dash
		}
		const projects = need.servedBy.length ? joinNames(need.servedBy, lang) : lines.length ? dash : word(lang, 'notMet')
		if (lines.length === 0) rows.push([untitled(need.title, lang), projects, '', '', '', ''])
		lines.forEach((m, i) => {
			rows.push([
				i === 0 ? untitled(need.title, lang) : '',
				i === 0 ? projects : '',
				untitled(m.from, lang),
				provider(m),
				mechanismText(m, lang, '\n'),
				planQuantity(m.quantity, m.unit, lang) || dash,
			])
		})
	}
	return table(
		[
			column(word(lang, 'need'), 'text', { minChars: 8, weight: 1 }),
			column(word(lang, 'project'), 'text', { minChars: 8, weight: 1 }),
			column(word(lang, 'resource'), 'text', { minChars: 10, weight: 2 }),
			column(word(lang, 'provider'), 'text', { minChars: 8, weight: 1.5 }),
			column(word(lang, 'mechanism'), 'text', { minChars: 12, weight: 1.5 }),
			column(word(lang, 'quantity'), 'number'),
		],
		rows,
		{ mergeDown: [0, 1] },
	)
}
