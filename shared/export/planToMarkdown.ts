import type { Plan, PlanLang } from '../plan/planTypes'
import { blocksToMarkdown } from './blocksToMarkdown'
import { planDocument } from './planDocument'

export type { PlanSection, PlanSectionId } from './planSections'
export { PLAN_APPENDICES, PLAN_SECTIONS, planSection } from './planSections'

/** Options of `planToMarkdown`. */
export interface PlanToMarkdownOptions {
	/** Language of headings and generated text; Chinese by default. Board text is kept as typed. */
	lang?: PlanLang
	/** 联系电话 from the private 计划书信息, shown only when the plan includes private fields. */
	contactPhone?: string | null
}

/**
 * The 项目计划书 as Markdown: `planDocument` rendered by `blocksToMarkdown` — the same
 * document as the Word file and the print page.
 */
export function planToMarkdown(plan: Plan, opts: PlanToMarkdownOptions = {}): string {
	return blocksToMarkdown(planDocument(plan, { lang: opts.lang, contactPhone: opts.contactPhone }))
}
