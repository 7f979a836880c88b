import type {
	ActorKind,
	ActorRole,
	ActorSector,
	BudgetSource,
	DispatchStatus,
	IndicatorDimension,
	Mechanism,
	NeedCategory,
	NeedSource,
	NeedStatus,
	ResourceType,
	Sector,
	Urgency,
} from './enums'

/**
 * The domain cards of a board. Each kind is a tldraw shape type whose props are the
 * domain fields. Free-text references to actors (provider, lead, partners) are names,
 * so the three lists import and export by name.
 */
export const CARD_KINDS = ['need', 'resource', 'actor', 'project'] as const
export type CardKind = (typeof CARD_KINDS)[number]

/** True when `type` is the shape type of a card. */
export function isCardKind(type: unknown): type is CardKind {
	return typeof type === 'string' && (CARD_KINDS as readonly string[]).includes(type)
}

/** Props every card has. */
export interface CardBaseProps {
	w: number
	h: number
	/** The name on the card (名称). */
	title: string
	/** Longer free text (说明). */
	description: string
}

/** 需求 Need. */
export interface NeedProps extends CardBaseProps {
	category: NeedCategory
	targetGroup: string
	beneficiaries: number | null
	urgency: Urgency
	source: NeedSource
	raisedBy: string
	location: string
	status: NeedStatus
	votes: number
}

/** 资源 Resource. */
export interface ResourceProps extends CardBaseProps {
	sector: Sector
	resourceType: ResourceType
	/** The providing actor's name (提供方). */
	provider: string
	quantity: number | null
	unit: string
	availability: string
	location: string
	conditions: string
	/** Private: never shown to viewers nor in public exports. */
	contact: string
}

/** 主体 Actor. */
export interface ActorProps extends CardBaseProps {
	sector: ActorSector
	actorKind: ActorKind
	roles: ActorRole[]
	/** 1–5, for the stakeholder grid. */
	influence: number
	/** 1–5, for the stakeholder grid. */
	interest: number
	/** Private. */
	contact: string
}

export interface ProjectActivity {
	date: string
	content: string
	owner: string
}

export interface BudgetLine {
	item: string
	amount: number | null
	source: BudgetSource
}

export interface ProjectIndicator {
	name: string
	dimension: IndicatorDimension
	target: number | null
	actual: number | null
	unit: string
}

/** 项目 Project / service. */
export interface ProjectProps extends CardBaseProps {
	goal: string
	targetGroup: string
	directBeneficiaries: number | null
	indirectBeneficiaries: number | null
	status: DispatchStatus
	/** The lead actor's name (牵头方). */
	leadActor: string
	/** Partner actors' names (合作方). */
	partners: string[]
	/** ISO dates (YYYY-MM-DD) or ''. */
	startDate: string
	endDate: string
	activities: ProjectActivity[]
	budget: BudgetLine[]
	indicators: ProjectIndicator[]
	risks: string
}

/** Props of each card kind. */
export interface CardPropsByKind {
	need: NeedProps
	resource: ResourceProps
	actor: ActorProps
	project: ProjectProps
}

/** What an arrow between two cards means. */
export const LINK_TYPES = ['allocation', 'serves', 'provides'] as const
export type LinkType = (typeof LINK_TYPES)[number]

/**
 * The match data kept in an arrow's `meta.link`. `type` is derived from the kinds of
 * the two bound cards; `mechanism` and `quantity` are edited in the inspector.
 */
export interface LinkMeta {
	type: LinkType
	mechanism: Mechanism | ''
	quantity: number | null
	unit: string
	note: string
}
