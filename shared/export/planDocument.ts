import type { Plan, PlanLang } from '../plan/planTypes'
import { heading, note, type PlanBlock, type PlanDocument } from './planBlocks'
import { allocationSection } from './planDoc/allocationSection'
import { appendixSection } from './planDoc/appendixSection'
import { backgroundSection } from './planDoc/backgroundSection'
import { beneficiariesSection } from './planDoc/beneficiariesSection'
import { budgetSection } from './planDoc/budgetSection'
import { coverSection, planName } from './planDoc/coverSection'
import { evaluationSection } from './planDoc/evaluationSection'
import { goalsSection } from './planDoc/goalsSection'
import { implementationSection } from './planDoc/implementationSection'
import { organisationSection } from './planDoc/organisationSection'
import { resourcesSection } from './planDoc/resourcesSection'
import { risksSection } from './planDoc/risksSection'
import { type PlanPicture, SectionContext } from './planDoc/sectionContext'
import { summarySection } from './planDoc/summarySection'
import { sustainabilitySection } from './planDoc/sustainabilitySection'
import { PLAN_SECTIONS, type PlanSectionId } from './planSections'
import { word } from './planText'

export type { PlanPicture } from './planDoc/sectionContext'

/** Options of `planDocument`. */
export interface PlanDocumentOptions {
	/** Language of headings and generated text; Chinese by default. Board text is kept as typed. */
	lang?: PlanLang
	/**
	 * The pictures the renderer has (canvas stages, charts), in order; the document shows
	 * only these. None by default.
	 */
	pictures?: readonly PlanPicture[]
	/** 联系电话 from the board's private 计划书信息; shown only when the plan includes private fields. */
	contactPhone?: string | null
}

type Builder = (ctx: SectionContext) => PlanBlock[] | null

const BUILDERS: Record<Exclude<PlanSectionId, 'cover'>, Builder> = {
	summary: summarySection,
	background: backgroundSection,
	resources: resourcesSection,
	goals: goalsSection,
	beneficiaries: beneficiariesSection,
	implementation: implementationSection,
	organisation: organisationSection,
	allocation: allocationSection,
	budget: budgetSection,
	risks: risksSection,
	evaluation: evaluationSection,
	sustainability: sustainabilitySection,
	appendix: appendixSection,
}

/**
 * The 项目计划书 of `plan` as a renderer-neutral document, following PRODUCT.md's outline
 * (`PLAN_SECTIONS`): a cover (封面), the contents (目录), 一 … 十二 as level-1 headings
 * with numbered parts ((一) …) and 附件 on pages of their own. A section without data
 * says so plainly (`PLAN_SECTIONS[].empty`). Private fields appear only when the plan
 * includes them. Pure.
 */
export function planDocument(plan: Plan, opts: PlanDocumentOptions = {}): PlanDocument {
	const lang = opts.lang ?? 'zh'
	const pictures = opts.pictures ?? []
	const coverCtx = new SectionContext(plan, lang, 0, pictures)
	const cover = coverSection(coverCtx, opts.contactPhone ?? null)
	const body: PlanBlock[] = [{ type: 'toc', title: word(lang, 'contents') }]
	const appendix: PlanBlock[] = []
	let number = 0
	for (const section of PLAN_SECTIONS) {
		if (section.id === 'cover') continue
		if (section.id !== 'appendix') number++
		const ctx = new SectionContext(plan, lang, number, pictures)
		const content = BUILDERS[section.id](ctx) ?? [note(section.empty[lang])]
		const blocks = [heading(1, section[lang], { pageBreakBefore: number === 1 }), ...content]
		if (section.id === 'appendix') appendix.push(...blocks)
		else body.push(...blocks)
	}
	return {
		lang,
		title: `${planName(coverCtx)} ${word(lang, 'projectPlan')}`,
		parts: [
			{ kind: 'cover', blocks: cover },
			{ kind: 'body', blocks: body },
			{ kind: 'appendix', blocks: appendix },
		],
	}
}
