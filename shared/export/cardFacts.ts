import { CARD_FIELDS, CARD_KIND_LABELS, type FieldDescriptor } from '../domain/cardFields'
import type { ActorProps, CardKind, NeedProps, ProjectProps, ResourceProps } from '../domain/cardProps'
import { ACTOR_ROLES, BUDGET_FORMS, enumLabel } from '../domain/enums'
import { budgetSummary } from '../plan/budgetSummary'
import { planBudgetLines } from '../plan/effectiveBudgetAmount'
import { readCardProps } from '../plan/readCardProps'
import { planMoney, planPeriod, planQuantity } from './planFormat'

type Lang = 'zh' | 'en'

/** What a card says in words: its kind and title, then the facts that matter, one per line. */
export interface CardFacts {
	/** The card's kind (需求 / Need …). */
	readonly kind: string
	/** The card's title ('' when it has none). */
	readonly title: string
	/** "label：value" lines, empty values left out. */
	readonly facts: readonly string[]
}

function fieldOf(kind: CardKind, key: string): FieldDescriptor | undefined {
	const fields: readonly FieldDescriptor[] = CARD_FIELDS[kind]
	return fields.find((f) => f.key === key)
}

function labelOf(kind: CardKind, key: string, lang: Lang): string {
	const field = fieldOf(kind, key)
	return field ? field[lang] : key
}

function line(label: string, value: string, lang: Lang): string {
	return lang === 'zh' ? `${label}：${value}` : `${label}: ${value}`
}

/** The fact line of a card field: enum values by their label, numbers with their unit; null when empty. */
function fact(kind: CardKind, key: string, value: unknown, lang: Lang): string | null {
	const field = fieldOf(kind, key)
	if (!field) return null
	let text: string
	if (typeof value === 'number') {
		text = planQuantity(value, field.unit?.[lang] ?? '', lang)
	} else if (typeof value === 'string') {
		text = field.options && field.input === 'enum' ? enumLabel(field.options, value, lang) : value.trim()
	} else return null
	return text === '' ? null : line(field[lang], text, lang)
}

/** Facts joined on one line ("类别：服务 · 紧迫程度：中"), or null when all are empty. */
function joined(parts: readonly (string | null)[]): string | null {
	const kept = parts.filter((p): p is string => p !== null)
	return kept.length > 0 ? kept.join(' · ') : null
}

function needFacts(p: NeedProps, lang: Lang): (string | null)[] {
	return [
		joined([fact('need', 'category', p.category, lang), fact('need', 'urgency', p.urgency, lang)]),
		fact('need', 'targetGroup', p.targetGroup, lang),
		fact('need', 'beneficiaries', p.beneficiaries, lang),
		fact('need', 'status', p.status, lang),
		p.votes > 0 ? fact('need', 'votes', p.votes, lang) : null,
	]
}

function resourceFacts(p: ResourceProps, lang: Lang): (string | null)[] {
	const amount = planQuantity(p.quantity, p.unit, lang)
	return [
		joined([fact('resource', 'sector', p.sector, lang), fact('resource', 'resourceType', p.resourceType, lang)]),
		fact('resource', 'provider', p.provider, lang),
		amount ? line(labelOf('resource', 'quantity', lang), amount, lang) : null,
		fact('resource', 'availability', p.availability, lang),
		// Private: empty unless the export was asked for private fields.
		fact('resource', 'contact', p.contact, lang),
	]
}

function actorFacts(p: ActorProps, lang: Lang): (string | null)[] {
	const roles = p.roles.map((r) => enumLabel(ACTOR_ROLES, r, lang)).join(lang === 'zh' ? '、' : ', ')
	return [
		joined([fact('actor', 'sector', p.sector, lang), fact('actor', 'actorKind', p.actorKind, lang)]),
		roles ? line(labelOf('actor', 'roles', lang), roles, lang) : null,
		joined([fact('actor', 'influence', p.influence, lang), fact('actor', 'interest', p.interest, lang)]),
		fact('actor', 'contact', p.contact, lang),
	]
}

function projectFacts(p: ProjectProps, lang: Lang, hourValue: number): (string | null)[] {
	const period = planPeriod(p.startDate, p.endDate, lang)
	const budget = budgetSummary(planBudgetLines(p.budget, hourValue))
	let budgetText: string | null = null
	if (p.budget.length > 0) {
		budgetText = line(labelOf('project', 'budget', lang), planMoney(budget.total, lang), lang)
		if (budget.inKind > 0) {
			const cash = `${enumLabel(BUDGET_FORMS, 'cash', lang)} ${planMoney(budget.cash, lang)}`
			const inKind = `${enumLabel(BUDGET_FORMS, 'inKind', lang)} ${planMoney(budget.inKind, lang)}`
			budgetText += lang === 'zh' ? `（${cash}，${inKind}）` : ` (${cash}, ${inKind})`
		}
	}
	return [
		fact('project', 'status', p.status, lang),
		fact('project', 'leadActor', p.leadActor, lang),
		period ? line(lang === 'zh' ? '项目周期' : 'Period', period, lang) : null,
		budgetText,
		fact('project', 'directBeneficiaries', p.directBeneficiaries, lang),
	]
}

/**
 * A card in words, for a reader without Niudai (the tldraw file): its kind, its title
 * and the facts that matter — a need's category, urgency, target group, beneficiaries
 * and status; a resource's sector, type, provider, quantity and availability; an
 * actor's sector, kind, roles, influence and interest (and the contact of either, when the
 * records carry it — exports leave it empty unless asked for private fields); a project's status, lead,
 * period, budget (cash and in kind, volunteer hours at `hourValue` 元) and direct
 * beneficiaries. Labels are the inspector's. `rawProps` is read leniently
 * (`readCardProps`). Pure.
 */
export function cardFacts(kind: CardKind, rawProps: unknown, lang: Lang, hourValue: number): CardFacts {
	const { props } = readCardProps(kind, rawProps)
	const facts =
		kind === 'need'
			? needFacts(props as NeedProps, lang)
			: kind === 'resource'
				? resourceFacts(props as ResourceProps, lang)
				: kind === 'actor'
					? actorFacts(props as ActorProps, lang)
					: projectFacts(props as ProjectProps, lang, hourValue)
	return {
		kind: CARD_KIND_LABELS[kind][lang],
		title: props.title.trim(),
		facts: facts.filter((f): f is string => f !== null),
	}
}
