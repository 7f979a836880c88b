import type { PlanLang, ProjectPlacement, Quadrant } from '../../plan/planTypes'
import { column, note, type PlanBlock, table } from '../planBlocks'
import { joinNames, pick, untitled } from '../planText'
import type { SectionContext } from './sectionContext'

/** The ref of the efficiency × effectiveness picture. */
export const QUADRANT_CHART_REF = 'chart:quadrant'

/** The caption of the efficiency × effectiveness picture. */
export function quadrantChartTitle(lang: PlanLang): string {
	return pick(lang, '各项目资源使用效率与治理效能定位', 'Projects by efficiency and effectiveness')
}

/**
 * Each project placed by efficiency × effectiveness: the picture when there is one, and
 * always a 2 × 2 table naming the projects in each quadrant, with the projects that
 * could not be placed and how the scores are made.
 */
export function quadrantBlocks(ctx: SectionContext): PlanBlock[] {
	const { plan, lang } = ctx
	const placements: readonly ProjectPlacement[] = plan.metrics.placements
	if (placements.length === 0) return [note(pick(lang, '尚未填写服务项目', 'No projects have been filled in yet.'))]
	const out: PlanBlock[] = []
	const chart = ctx.pictures.find((p) => p.ref === QUADRANT_CHART_REF)
	if (chart) {
		out.push({
			type: 'image',
			ref: chart.ref,
			alt: pick(
				lang,
				'各项目按资源使用效率与治理效能定位的散点图',
				'Each project placed by efficiency and effectiveness',
			),
			caption: chart.title,
		})
	}
	const inQuadrant = (q: Quadrant) =>
		joinNames(
			placements.filter((p) => p.quadrant === q).map((p) => untitled(p.title, lang)),
			lang,
		) || '—'
	out.push(
		table(
			[
				column(pick(lang, '资源使用效率', 'Efficiency'), 'text', { minChars: 10 }),
				column(pick(lang, '治理效能较高', 'Higher effectiveness'), 'text', { minChars: 12, weight: 3 }),
				column(pick(lang, '治理效能较低', 'Lower effectiveness'), 'text', { minChars: 12, weight: 3 }),
			],
			[
				[
					pick(lang, '效率较高', 'Higher efficiency'),
					inQuadrant('highEfficiencyHighEffect'),
					inQuadrant('highEfficiencyLowEffect'),
				],
				[
					pick(lang, '效率较低', 'Lower efficiency'),
					inQuadrant('lowEfficiencyHighEffect'),
					inQuadrant('lowEfficiencyLowEffect'),
				],
			],
		),
	)
	const unplaced = placements.filter((p) => !p.placed)
	const notes = [
		pick(
			lang,
			'说明：资源使用效率依据资源撬动比与直接受益人均成本；治理效能依据指标从基线到目标的实际完成程度，尚未填报实际值时依据计划提升幅度。',
			'Efficiency is read from the leverage ratio and the cost per direct beneficiary; effectiveness from how far indicators went from baseline to target, or, before any actual is reported, from the planned improvement.',
		),
	]
	if (unplaced.length > 0) {
		notes.push(
			pick(
				lang,
				`暂无法定位的项目（缺少预算、受益人数或带基线的指标）：${joinNames(
					unplaced.map((p) => untitled(p.title, lang)),
					lang,
				)}。`,
				`Not yet placed (no budget, beneficiaries or indicator with a baseline): ${joinNames(
					unplaced.map((p) => untitled(p.title, lang)),
					lang,
				)}.`,
			),
		)
	}
	out.push(note(notes.join(lang === 'zh' ? '' : ' ')))
	return out
}
