import {
	ACTOR_KINDS,
	ACTOR_ROLES,
	ACTOR_SECTORS,
	DISPATCH_STATUSES,
	enumLabel,
	NEED_CATEGORIES,
	NEED_SOURCES,
	NEED_STATUSES,
	RESOURCE_TYPES,
	SECTORS,
	URGENCIES,
} from '../../domain/enums'
import { column, heading, note, type PlanBlock, type PlanTableBlock, table } from '../planBlocks'
import { planDate, planMoney, planNumber, planQuantity, unreported } from '../planFormat'
import { PLAN_APPENDICES, PLAN_CANVAS_APPENDIX } from '../planSections'
import { joinNames, pick, untitled, word } from '../planText'
import type { SectionContext } from './sectionContext'

type ListName = (typeof PLAN_APPENDICES)[number]['list']

function needsTable(ctx: SectionContext): PlanTableBlock {
	const { plan, lang } = ctx
	const voted = plan.needs.some((x) => x.votes > 0)
	return table(
		[
			column(word(lang, 'no'), 'number'),
			column(word(lang, 'need'), 'text', { minChars: 10, weight: 2 }),
			column(word(lang, 'category'), 'text', { minChars: 4 }),
			column(word(lang, 'targetGroup'), 'text', { minChars: 6 }),
			column(pick(lang, '受益人数', 'Beneficiaries'), 'number'),
			column(word(lang, 'urgency'), 'text', { minChars: 4 }),
			column(word(lang, 'source'), 'text', { minChars: 4 }),
			column(word(lang, 'raisedBy'), 'text', { minChars: 6 }),
			column(word(lang, 'grid'), 'text', { minChars: 6 }),
			column(word(lang, 'status'), 'text', { minChars: 4 }),
			...(voted ? [column(word(lang, 'votes'), 'number')] : []),
			column(word(lang, 'description'), 'text', { minChars: 10, weight: 3 }),
		],
		plan.needs.map((x, i) => [
			String(i + 1),
			untitled(x.title, lang),
			enumLabel(NEED_CATEGORIES, x.category, lang),
			x.targetGroup,
			x.beneficiaries === null ? unreported(lang) : planQuantity(x.beneficiaries, pick(lang, '人', ''), lang),
			enumLabel(URGENCIES, x.urgency, lang),
			enumLabel(NEED_SOURCES, x.source, lang),
			x.raisedBy,
			x.location,
			enumLabel(NEED_STATUSES, x.status, lang),
			...(voted ? [planQuantity(x.votes, pick(lang, '票', ''), lang)] : []),
			x.description,
		]),
		{ dense: true },
	)
}

function resourcesTable(ctx: SectionContext): PlanTableBlock {
	const { plan, lang } = ctx
	const withContact = plan.includePrivate
	return table(
		[
			column(word(lang, 'resource'), 'text', { minChars: 10, weight: 2 }),
			column(word(lang, 'sector'), 'text', { minChars: 4 }),
			column(word(lang, 'type'), 'text', { minChars: 6 }),
			column(word(lang, 'provider'), 'text', { minChars: 8, weight: 1.5 }),
			column(word(lang, 'quantity'), 'number'),
			column(word(lang, 'availability'), 'text', { minChars: 6 }),
			column(word(lang, 'location'), 'text', { minChars: 6 }),
			column(word(lang, 'conditions'), 'text', { minChars: 8, weight: 1.5 }),
			column(word(lang, 'description'), 'text', { minChars: 10, weight: 3 }),
			...(withContact ? [column(word(lang, 'contact'), 'text', { minChars: 8 })] : []),
		],
		plan.resources.map((r) => [
			untitled(r.title, lang),
			enumLabel(SECTORS, r.sector, lang),
			enumLabel(RESOURCE_TYPES, r.resourceType, lang),
			r.provider || joinNames(r.providedBy, lang),
			planQuantity(r.quantity, r.unit, lang),
			r.availability,
			r.location,
			r.conditions,
			r.description,
			...(withContact ? [r.contact ?? ''] : []),
		]),
		{ dense: true },
	)
}

function projectsTable(ctx: SectionContext): PlanTableBlock {
	const { plan, lang } = ctx
	const people = pick(lang, '人次', '')
	const count = (v: number | null) => (v === null ? unreported(lang) : planQuantity(v, people, lang))
	const date = (iso: string) => planDate(iso, lang) || word(lang, 'toBeDecided')
	return table(
		[
			column(word(lang, 'project'), 'text', { minChars: 10, weight: 2 }),
			column(word(lang, 'targetGroup'), 'text', { minChars: 6 }),
			column(word(lang, 'stage'), 'text', { minChars: 4 }),
			column(word(lang, 'lead'), 'text', { minChars: 8, weight: 1.5 }),
			column(word(lang, 'partners'), 'text', { minChars: 8, weight: 2 }),
			column(pick(lang, '起止日期', 'Dates'), 'date'),
			column(pick(lang, '受益人次（直接／间接）', 'Beneficiaries (direct / indirect)'), 'number'),
			column(pick(lang, '预算', 'Budget'), 'money'),
			column(word(lang, 'description'), 'text', { minChars: 10, weight: 3 }),
		],
		plan.projects.map((p) => [
			untitled(p.title, lang),
			p.targetGroup,
			enumLabel(DISPATCH_STATUSES, p.status, lang),
			p.leadActor,
			joinNames(p.partners, lang),
			`${date(p.startDate)}\n${date(p.endDate)}`,
			`${count(p.directBeneficiaries)}\n${count(p.indirectBeneficiaries)}`,
			p.budget.length ? planMoney(p.budgetTotal, lang) : unreported(lang),
			p.description,
		]),
		{ dense: true },
	)
}

function actorsTable(ctx: SectionContext): PlanTableBlock {
	const { plan, lang } = ctx
	const withContact = plan.includePrivate
	const level = (v: number) => `${planNumber(v, lang)}/5`
	return table(
		[
			column(word(lang, 'actor'), 'text', { minChars: 10, weight: 2 }),
			column(word(lang, 'sector'), 'text', { minChars: 4 }),
			column(word(lang, 'type'), 'text', { minChars: 6 }),
			column(word(lang, 'roles'), 'text', { minChars: 8, weight: 1.5 }),
			column(word(lang, 'influence'), 'number'),
			column(word(lang, 'interest'), 'number'),
			column(word(lang, 'description'), 'text', { minChars: 10, weight: 3 }),
			...(withContact ? [column(word(lang, 'contact'), 'text', { minChars: 8 })] : []),
		],
		plan.actors.map((a) => [
			untitled(a.title, lang),
			enumLabel(ACTOR_SECTORS, a.sector, lang),
			enumLabel(ACTOR_KINDS, a.actorKind, lang),
			joinNames(
				a.roles.map((r) => enumLabel(ACTOR_ROLES, r, lang)),
				lang,
			),
			level(a.influence),
			level(a.interest),
			a.description,
			...(withContact ? [a.contact ?? ''] : []),
		]),
		{ dense: true },
	)
}

const TABLES: Record<ListName, (ctx: SectionContext) => PlanTableBlock> = {
	needs: needsTable,
	resources: resourcesTable,
	projects: projectsTable,
	actors: actorsTable,
}

const COUNTS: Record<ListName, (ctx: SectionContext) => number> = {
	needs: (c) => c.plan.needs.length,
	resources: (c) => c.plan.resources.length,
	projects: (c) => c.plan.projects.length,
	actors: (c) => c.plan.actors.length,
}

/** 附件: the needs, resources, projects and parties as full lists, then a picture of each stage of the canvas. */
export function appendixSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const canvas = ctx.pictures.filter((p) => p.ref.startsWith('canvas:'))
	const hasLists = plan.needs.length + plan.resources.length + plan.projects.length + plan.actors.length > 0
	if (!hasLists && canvas.length === 0) return null
	const out: PlanBlock[] = []
	for (const a of PLAN_APPENDICES) {
		out.push(heading(2, a[lang]))
		out.push(COUNTS[a.list](ctx) > 0 ? TABLES[a.list](ctx) : note(pick(lang, '无', 'None.')))
	}
	if (canvas.length > 0) {
		out.push(heading(2, PLAN_CANVAS_APPENDIX[lang], { pageBreakBefore: true }))
		canvas.forEach((p, i) => {
			out.push({
				type: 'image',
				ref: p.ref,
				alt: pick(lang, `白板画布：${p.title}`, `The board: ${p.title}`),
				caption: pick(lang, `图${i + 1}　${p.title}`, `Figure ${i + 1}. ${p.title}`),
			})
		})
	}
	return out
}
