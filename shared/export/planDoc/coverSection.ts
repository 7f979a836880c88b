import { formatPlanDate, planCover } from '../../plan/planCover'
import type { PlanBlock } from '../planBlocks'
import { planDate, planMoney, planPeriod } from '../planFormat'
import { joinNames, notFilled, word } from '../planText'
import type { SectionContext } from './sectionContext'

/** The name the plan goes by: 项目名称 from the 计划书信息, else the board's title. */
export function planName(ctx: SectionContext): string {
	return ctx.plan.info.projectName.trim() || ctx.plan.title.trim() || word(ctx.lang, 'untitledPlan')
}

/** The 申报单位: from the 计划书信息, else the lead most projects name (see `planCover`). */
export function applicantName(ctx: SectionContext): string {
	return ctx.plan.info.applicantOrg.trim() || planCover(ctx.plan).applicant
}

/** The 执行单位: from the 计划书信息, else the projects' leads. */
export function executingName(ctx: SectionContext): string {
	return ctx.plan.info.executingOrg.trim() || joinNames(planCover(ctx.plan).executingBodies, ctx.lang)
}

/**
 * The cover (封面): the plan's name, 项目计划书, then the form — 项目名称, 申报单位,
 * 执行单位, 联系人, 联系电话 (only when the plan includes private fields), 项目周期,
 * 申请金额 and the date in the document's language.
 */
export function coverSection(ctx: SectionContext, contactPhone: string | null): PlanBlock[] {
	const { plan, lang } = ctx
	const info = plan.info
	const or = (v: string) => v.trim() || notFilled(lang)
	const rows = [
		{ label: word(lang, 'projectName'), value: planName(ctx) },
		{ label: word(lang, 'applicant'), value: or(applicantName(ctx)) },
		{ label: word(lang, 'executingOrg'), value: or(executingName(ctx)) },
		{ label: word(lang, 'contactPerson'), value: or(info.contactPerson) },
	]
	if (plan.includePrivate && contactPhone !== null)
		rows.push({ label: word(lang, 'contactPhone'), value: or(contactPhone) })
	rows.push(
		{ label: word(lang, 'period'), value: or(planPeriod(info.periodStart, info.periodEnd, lang)) },
		{ label: word(lang, 'requestedAmount'), value: or(planMoney(info.requestedAmount, lang)) },
		{ label: word(lang, 'date'), value: planDate(formatPlanDate(plan.generatedAt), lang) },
	)
	return [
		{ type: 'title', text: planName(ctx), subtitle: word(lang, 'projectPlan') },
		{ type: 'keyValue', style: 'cover', rows },
	]
}
