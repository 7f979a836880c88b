import type { PlanLang } from '../../plan/planTypes'
import type { PlanBlock } from '../planBlocks'
import { pick } from '../planText'
import type { SectionContext } from './sectionContext'

/** The ref of the 资源配置图 (`allocationMapSvg`): resources → projects by mechanism. */
export const ALLOCATION_MAP_REF = 'chart:allocation'

/** The caption of the 资源配置图. */
export function allocationMapTitle(lang: PlanLang): string {
	return pick(
		lang,
		'资源配置图：各类资源经由三种机制配置到服务项目',
		'How resources are allocated to projects, by mechanism',
	)
}

/** The 资源配置图 when the renderer has it (the board has allocations), else nothing. */
export function allocationMapBlocks(ctx: SectionContext): PlanBlock[] {
	const chart = ctx.pictures.find((p) => p.ref === ALLOCATION_MAP_REF)
	if (!chart) return []
	return [
		{
			type: 'image',
			ref: chart.ref,
			alt: pick(
				ctx.lang,
				'左列为资源，按行政借力、社会机制、市场机制分组；右列为服务项目；连线表示一项资源配置',
				'Resources on the left, grouped by administrative, social and market mechanism; projects on the right; each line is one allocation',
			),
			caption: chart.title,
		},
	]
}
