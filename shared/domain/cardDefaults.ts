import type {
	ActorProps,
	BudgetLine,
	CardKind,
	CardPropsByKind,
	NeedProps,
	ProjectActivity,
	ProjectIndicator,
	ProjectProps,
	ResourceProps,
} from './cardProps'

/** The size a new card gets. */
export const CARD_SIZE: Record<CardKind, { w: number; h: number }> = {
	need: { w: 240, h: 150 },
	resource: { w: 240, h: 150 },
	actor: { w: 220, h: 130 },
	project: { w: 280, h: 170 },
}

/** Default props of each card kind; a new card starts from these. */
export function defaultCardProps<K extends CardKind>(kind: K): CardPropsByKind[K] {
	const base = { ...CARD_SIZE[kind], title: '', description: '' }
	const byKind: CardPropsByKind = {
		need: {
			...base,
			category: 'services',
			targetGroup: '',
			beneficiaries: null,
			urgency: 'medium',
			source: 'visit',
			raisedBy: '',
			location: '',
			status: 'open',
			votes: 0,
		} satisfies NeedProps,
		resource: {
			...base,
			sector: 'society',
			resourceType: 'volunteers',
			provider: '',
			quantity: null,
			unit: '',
			availability: '',
			location: '',
			conditions: '',
			contact: '',
		} satisfies ResourceProps,
		actor: {
			...base,
			sector: 'society',
			actorKind: 'communityOrg',
			roles: [],
			influence: 3,
			interest: 3,
			contact: '',
		} satisfies ActorProps,
		project: {
			...base,
			goal: '',
			targetGroup: '',
			directBeneficiaries: null,
			indirectBeneficiaries: null,
			status: 'published',
			leadActor: '',
			partners: [],
			startDate: '',
			endDate: '',
			activities: [],
			budget: [],
			indicators: [],
			risks: [],
			publisher: '',
			applicant: '',
			coordinator: '',
			executor: '',
			dispatchTrail: [],
		} satisfies ProjectProps,
	}
	return byKind[kind] as CardPropsByKind[K]
}

/** A full 活动安排 row from the fields given (the rest empty). */
export function projectActivity(fields: Partial<ProjectActivity>): ProjectActivity {
	return { date: '', content: '', place: '', owner: '', participants: '', ...fields }
}

/** A full budget line from the fields given (the rest empty; source 政府购买, cash). */
export function budgetLine(fields: Partial<BudgetLine>): BudgetLine {
	return {
		category: 'other',
		item: '',
		quantity: null,
		unit: '',
		unitPrice: null,
		amount: null,
		source: 'govPurchase',
		form: 'cash',
		...fields,
	}
}

/** A full 评估指标 from the fields given (the rest empty: no baseline, target or actual). */
export function projectIndicator(fields: Partial<ProjectIndicator>): ProjectIndicator {
	return { name: '', dimension: 'effectiveness', baseline: null, target: null, actual: null, unit: '', ...fields }
}
