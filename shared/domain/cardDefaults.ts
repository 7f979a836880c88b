import type { ActorProps, CardKind, CardPropsByKind, NeedProps, ProjectProps, ResourceProps } from './cardProps'

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
			risks: '',
		} satisfies ProjectProps,
	}
	return byKind[kind] as CardPropsByKind[K]
}
