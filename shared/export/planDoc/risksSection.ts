import { column, type PlanBlock, table } from '../planBlocks'
import { untitled, word } from '../planText'
import type { SectionContext } from './sectionContext'

/** 十、风险与应对: every project's risks and responses as one table. */
export function risksSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const rows = plan.projects.flatMap((p) =>
		p.risks
			.filter((r) => r.risk.trim() !== '' || r.response.trim() !== '')
			.map((r) => [untitled(p.title, lang), r.risk.trim(), r.response.trim()]),
	)
	if (rows.length === 0) return null
	return [
		table(
			[
				column(word(lang, 'project'), 'text', { minChars: 8, weight: 1.5 }),
				column(word(lang, 'risk'), 'text', { minChars: 10, weight: 3 }),
				column(word(lang, 'response'), 'text', { minChars: 10, weight: 4 }),
			],
			rows,
		),
	]
}
