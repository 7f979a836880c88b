import type { PlanBlock, PlanRun } from '../planBlocks'
import { note } from '../planBlocks'
import { planQuantity } from '../planFormat'
import { colon, joinNames, pick, stop, untitled } from '../planText'
import type { SectionContext } from './sectionContext'
import { textParagraphs } from './textParagraphs'

/** An indicator's planned change: "居民参与人次从 120 人次提高到 300 人次", or its target alone. */
function indicatorGoal(
	i: { name: string; baseline: number | null; target: number | null; unit: string },
	ctx: SectionContext,
): string | null {
	if (i.target === null || i.name.trim() === '') return null
	const t = planQuantity(i.target, i.unit, ctx.lang)
	if (i.baseline === null) return ctx.pick(`${i.name}达到 ${t}`, `${i.name}: ${t}`)
	const b = planQuantity(i.baseline, i.unit, ctx.lang)
	if (i.target === i.baseline) return ctx.pick(`${i.name}保持 ${t}`, `${i.name} kept at ${t}`)
	const verb = i.target > i.baseline ? ctx.pick('提升至', 'up to') : ctx.pick('降至', 'down to')
	return ctx.pick(`${i.name}由 ${b}${verb} ${t}`, `${i.name} from ${b} ${verb} ${t}`)
}

/** 四、项目目标: 总目标 from the 计划书信息, then each project's 具体目标 with its figures and the needs it meets. */
export function goalsSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const overall = textParagraphs(plan.info.overallGoal)
	if (plan.projects.length === 0 && overall.length === 0) return null
	const out: PlanBlock[] = [ctx.sub(pick(lang, '总目标', 'Overall goal'))]
	out.push(
		...(overall.length ? overall : [note(pick(lang, '尚未填写总目标', 'No overall goal has been filled in yet.'))]),
	)
	out.push(ctx.sub(pick(lang, '具体目标', 'Specific goals')))
	if (plan.projects.length === 0) {
		out.push(note(pick(lang, '尚未填写具体目标', 'No specific goals have been filled in yet.')))
		return out
	}
	const items: PlanRun[][] = plan.projects.map((p) => {
		const runs: PlanRun[] = [{ text: untitled(p.title, lang), bold: true }, { text: colon(lang) }]
		const goal = p.goal.trim().replace(/[。.]$/, '')
		runs.push({ text: goal ? `${goal}${stop(lang)}` : pick(lang, '尚未填写具体目标。', 'No goal filled in yet.') })
		const figures = p.indicators.map((i) => indicatorGoal(i, ctx)).filter((s): s is string => s !== null)
		if (figures.length > 0) {
			runs.push({ text: pick(lang, `预期成效：${figures.join('；')}。`, ` Expected: ${figures.join('; ')}.`) })
		}
		runs.push({
			text: p.serves.length
				? pick(lang, `回应需求：${joinNames(p.serves, lang)}。`, ` Meets: ${joinNames(p.serves, lang)}.`)
				: pick(lang, '尚未对应具体需求。', ' Not yet linked to a need.'),
		})
		return runs
	})
	out.push({ type: 'list', ordered: true, items })
	return out
}
