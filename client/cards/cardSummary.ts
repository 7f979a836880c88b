import type {
	ActorProps,
	CardKind,
	CardPropsByKind,
	NeedProps,
	ProjectProps,
	ResourceProps,
} from '../../shared/domain/cardProps'
import {
	ACTOR_KINDS,
	ACTOR_ROLES,
	ACTOR_SECTORS,
	DISPATCH_STATUSES,
	enumLabel,
	NEED_CATEGORIES,
	RESOURCE_TYPES,
	SECTORS,
	URGENCIES,
} from '../../shared/domain/enums'
import { SECTOR_COLORS, STATUS_COLORS, URGENCY_COLORS } from './cardStyle'

/** A labelled chip on a card; `color` always comes with its `text`. */
export interface CardChip {
	text: string
	color?: string
}

/** What a card shows at a glance besides its kind and title. */
export interface CardSummary {
	chips: CardChip[]
	lines: string[]
}

type Lang = 'zh' | 'en'
type Translate = (key: string, values?: Record<string, unknown>) => string

/** A number for people: grouped digits, or '' when unknown. */
export function formatAmount(value: number | null, unit: string, lang: Lang): string {
	if (value === null || !Number.isFinite(value)) return ''
	const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(value)
	return unit ? `${n} ${unit}` : n
}

function needSummary(p: NeedProps, lang: Lang, t: Translate): CardSummary {
	const lines: string[] = []
	if (p.targetGroup) lines.push(t('cards.targetGroup', { value: p.targetGroup }))
	if (p.beneficiaries !== null) lines.push(t('cards.beneficiaries', { value: formatAmount(p.beneficiaries, '', lang) }))
	if (p.votes > 0) lines.push(t('cards.votes', { count: p.votes }))
	return {
		chips: [
			{ text: t('cards.urgency', { value: enumLabel(URGENCIES, p.urgency, lang) }), color: URGENCY_COLORS[p.urgency] },
			{ text: enumLabel(NEED_CATEGORIES, p.category, lang) },
		],
		lines,
	}
}

function resourceSummary(p: ResourceProps, lang: Lang, t: Translate): CardSummary {
	const lines: string[] = []
	const amount = formatAmount(p.quantity, p.unit, lang)
	if (amount) lines.push(t('cards.quantity', { value: amount }))
	if (p.provider) lines.push(t('cards.provider', { value: p.provider }))
	return {
		chips: [
			{ text: enumLabel(SECTORS, p.sector, lang), color: SECTOR_COLORS[p.sector] },
			{ text: enumLabel(RESOURCE_TYPES, p.resourceType, lang) },
		],
		lines,
	}
}

function actorSummary(p: ActorProps, lang: Lang, t: Translate): CardSummary {
	const lines: string[] = []
	if (p.roles.length > 0) lines.push(p.roles.map((r) => enumLabel(ACTOR_ROLES, r, lang)).join(' · '))
	lines.push(t('cards.influenceInterest', { influence: p.influence, interest: p.interest }))
	return {
		chips: [
			{ text: enumLabel(ACTOR_SECTORS, p.sector, lang), color: SECTOR_COLORS[p.sector] },
			{ text: enumLabel(ACTOR_KINDS, p.actorKind, lang) },
		],
		lines,
	}
}

function projectSummary(p: ProjectProps, lang: Lang, t: Translate): CardSummary {
	const lines: string[] = []
	if (p.leadActor) lines.push(t('cards.lead', { value: p.leadActor }))
	if (p.targetGroup) lines.push(t('cards.targetGroup', { value: p.targetGroup }))
	if (p.directBeneficiaries !== null) {
		lines.push(t('cards.beneficiaries', { value: formatAmount(p.directBeneficiaries, '', lang) }))
	}
	return {
		chips: [{ text: enumLabel(DISPATCH_STATUSES, p.status, lang), color: STATUS_COLORS[p.status] }],
		lines,
	}
}

/** The chips and lines a card shows, derived from its props (pure). */
export function cardSummary<K extends CardKind>(
	kind: K,
	props: CardPropsByKind[K],
	lang: Lang,
	t: Translate,
): CardSummary {
	switch (kind) {
		case 'need':
			return needSummary(props as NeedProps, lang, t)
		case 'resource':
			return resourceSummary(props as ResourceProps, lang, t)
		case 'actor':
			return actorSummary(props as ActorProps, lang, t)
		case 'project':
			return projectSummary(props as ProjectProps, lang, t)
		default:
			return { chips: [], lines: [] }
	}
}
