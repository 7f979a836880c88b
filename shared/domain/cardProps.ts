import type {
	ActorKind,
	ActorRole,
	ActorSector,
	BudgetCategory,
	BudgetForm,
	BudgetSource,
	DispatchStatus,
	IndicatorDimension,
	Mechanism,
	NeedCategory,
	NeedSource,
	NeedStatus,
	ResourceType,
	Sector,
	Strategy,
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

/** One row of a project's 活动安排. */
export interface ProjectActivity {
	/** ISO date (YYYY-MM-DD) or ''. */
	date: string
	content: string
	/** Where it takes place (地点). */
	place: string
	/** Who is responsible (负责方, an actor's name). */
	owner: string
	/** Who takes part (参与对象 / 人数, free text). */
	participants: string
}

/**
 * One line of a project's 预算: quantity × unit price = amount (an amount typed alone is
 * kept when either factor is missing). `form` 'inKind' marks donated goods or volunteer
 * time valued in 元 (实物/志愿折算) rather than cash; a volunteer-time line's quantity is
 * hours, valued at the board's hourly value when it has no unit price.
 */
export interface BudgetLine {
	category: BudgetCategory
	item: string
	quantity: number | null
	unit: string
	unitPrice: number | null
	amount: number | null
	source: BudgetSource
	form: BudgetForm
}

/** One of a project's 评估指标: 基线 → 目标 → 实际 (null actual: 未填报, which is not 0). */
export interface ProjectIndicator {
	name: string
	dimension: IndicatorDimension
	baseline: number | null
	target: number | null
	actual: number | null
	unit: string
}

/** One of a project's risks and its response (风险与应对). */
export interface ProjectRisk {
	risk: string
	response: string
}

/** One dated step of a project through the 活动调度中心 (发布 → 申请 → 统筹 → 执行 → 结项 → 回访). */
export interface DispatchStep {
	stage: DispatchStatus
	/** ISO date (YYYY-MM-DD) or ''. */
	date: string
	/** Who took the step (an actor's name). */
	by: string
	note: string
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
	risks: ProjectRisk[]
	/** The dispatch roles (调度角色), actors' names: who published, applied, coordinated, carried it out. */
	publisher: string
	applicant: string
	coordinator: string
	executor: string
	/** The project's dated path through the dispatch workflow. */
	dispatchTrail: DispatchStep[]
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
	/** How the mechanism is made to work (STRATEGIES of that mechanism), or ''. */
	strategy: Strategy | ''
	quantity: number | null
	unit: string
	note: string
}
