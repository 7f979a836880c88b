/**
 * The Plan: what a board says once read as a 项目计划书 — the three lists, the match
 * table, the actors, the metrics of 动态评估 and the holes in the plan. Derived from
 * the board's records by `derivePlan` (shared/plan/derivePlan.ts); every row keeps the
 * id of its card (or arrow) so a UI can zoom to it.
 *
 * Enum-typed fields hold the stored value (e.g. `urgency: 'high'`); turn them into
 * labels with `enumLabel` from shared/domain/enums.ts. Numbers are always finite.
 */
import type {
	BudgetLine,
	CardKind,
	DispatchStep,
	LinkType,
	ProjectActivity,
	ProjectIndicator,
	ProjectRisk,
} from '../domain/cardProps'
import type {
	ActorKind,
	ActorRole,
	ActorSector,
	BudgetSource,
	DispatchStatus,
	Mechanism,
	NeedCategory,
	NeedSource,
	NeedStatus,
	ResourceType,
	Sector,
	Urgency,
} from '../domain/enums'

/** A language of user-facing text. */
export type PlanLang = 'zh' | 'en'

/** A user-facing text in both languages. */
export interface PlanText {
	readonly zh: string
	readonly en: string
}

/** One row of the 需求清单. */
export interface NeedRow {
	/** The card's shape id. */
	id: string
	title: string
	category: NeedCategory
	targetGroup: string
	beneficiaries: number | null
	urgency: Urgency
	source: NeedSource
	raisedBy: string
	location: string
	status: NeedStatus
	votes: number
	/**
	 * 优先级: the need's competition rank by votes (1 = most votes; equal votes share a
	 * rank: 1, 2, 2, 4), so a dot vote's ranking is the needs' priority. Null on every
	 * need when no need has any votes.
	 */
	priority: number | null
	description: string
	/** Titles of the projects that serve this need (project → need arrows). */
	servedBy: string[]
	/** Ids of those projects, same order as `servedBy`. */
	servedByIds: string[]
	/** Titles of the resources allocated to this need (resource → need arrows). */
	sources: string[]
	/** Ids of those resources, same order as `sources`. */
	sourceIds: string[]
	/** True when at least one resource is allocated to it or one project serves it. */
	covered: boolean
}

/** One row of the 资源清单. */
export interface ResourceRow {
	id: string
	title: string
	sector: Sector
	resourceType: ResourceType
	/** The provider named on the card (提供方), free text. */
	provider: string
	quantity: number | null
	unit: string
	availability: string
	location: string
	conditions: string
	description: string
	/** 联系方式: present only when the plan was derived with `includePrivate: true`. */
	contact?: string
	/** Titles of the needs and projects it is allocated to (resource → need/project arrows). */
	allocatedTo: string[]
	/** Ids of those cards, same order as `allocatedTo`. */
	allocatedToIds: string[]
	/** Titles of the actors with a provides arrow to it (actor → resource). */
	providedBy: string[]
	/** Ids of those actors, same order as `providedBy`. */
	providedByIds: string[]
	/** True when it is allocated to at least one need or project. */
	utilised: boolean
}

/** One row of the 主体 list (actors and their roles). */
export interface ActorRow {
	id: string
	title: string
	sector: ActorSector
	actorKind: ActorKind
	roles: ActorRole[]
	/** 1–5. */
	influence: number
	/** 1–5. */
	interest: number
	description: string
	/** 联系方式: present only when the plan was derived with `includePrivate: true`. */
	contact?: string
	/** Titles of the resources it provides: provides arrows, plus resources whose 提供方 is its title. */
	provides: string[]
	/** Titles of the projects whose 牵头方 is its title. */
	leads: string[]
	/** Titles of the projects that list it among their 合作方. */
	partnerIn: string[]
}

/** One row of the 项目清单. */
export interface ProjectRow {
	id: string
	title: string
	goal: string
	targetGroup: string
	directBeneficiaries: number | null
	indirectBeneficiaries: number | null
	status: DispatchStatus
	/** 牵头方 (an actor's name), '' when none. */
	leadActor: string
	/** 合作方 (actors' names). */
	partners: string[]
	/** YYYY-MM-DD or ''. */
	startDate: string
	endDate: string
	activities: ProjectActivity[]
	budget: BudgetLine[]
	/** Sum of the budget lines' amounts (元). */
	budgetTotal: number
	indicators: ProjectIndicator[]
	risks: ProjectRisk[]
	/** The dispatch roles (actors' names; '' when not set). */
	publisher: string
	applicant: string
	coordinator: string
	executor: string
	dispatchTrail: DispatchStep[]
	description: string
	/** Titles of the needs it serves (project → need arrows). */
	serves: string[]
	/** Ids of those needs, same order as `serves`. */
	servesIds: string[]
	/** Titles of the resources allocated to it (resource → project arrows). */
	resources: string[]
	/** Ids of those resources, same order as `resources`. */
	resourceIds: string[]
}

/** One row of the 匹配表: one valid link arrow between two cards. */
export interface MatchRow {
	/** The arrow's shape id. */
	id: string
	type: LinkType
	/** The card at the arrow's start (资源 for allocations, 项目 for serves, 主体 for provides). */
	fromId: string
	from: string
	fromKind: CardKind
	/** The card at the arrow's end. */
	toId: string
	to: string
	toKind: CardKind
	/** The allocation mechanism; '' when not chosen or not an allocation. */
	mechanism: Mechanism | ''
	quantity: number | null
	unit: string
	note: string
}

/** One project indicator, flattened with its project for the 评估指标 tables. */
export interface IndicatorRow {
	projectId: string
	project: string
	name: string
	dimension: ProjectIndicator['dimension']
	target: number | null
	actual: number | null
	unit: string
}

/** A part over a whole: `ratio = count / total`, 0 when `total` is 0. */
export interface Ratio {
	count: number
	total: number
	/** From 0 to 1. */
	ratio: number
}

/**
 * Target against actual of one 治理效能 figure, summed (or averaged, for satisfaction)
 * over the matching project indicators. `target`/`actual` are null when no matching
 * indicator has that value.
 */
export interface TargetActual {
	target: number | null
	actual: number | null
	/** The unit of the first matching indicator ('' when none). */
	unit: string
	/** How many indicators were matched. */
	indicators: number
	/** actual / target, 0 when either is missing or the target is 0. */
	progress: number
}

/**
 * 资源使用效率 resource-use efficiency (rules in shared/plan/planMetrics.ts).
 *
 * - `directBeneficiaries` / `indirectBeneficiaries`: sums over projects of the card fields
 *   (empty counts as 0); `totalBeneficiaries` = direct + indirect.
 * - `totalBudget`: the sum of every budget line amount of every project (元);
 *   `budgetBySource` splits it by 经费来源.
 * - `volunteerHours`: the sum over volunteer-hour indicators (see
 *   `isVolunteerHourIndicator`: named `volunteerHours` / 志愿(服务)时长, or an hour unit
 *   — 小时, 时, h, hour(s) — on an indicator whose name mentions 志愿 / volunteer) of
 *   `actual`, or of `target` when `actual` is empty. Any dimension.
 * - `beneficiariesPer10kYuan` = directBeneficiaries / (totalBudget / 10 000): direct
 *   beneficiaries are what the money buys; 0 when there is no budget.
 * - `beneficiariesPerVolunteerHour` = directBeneficiaries / volunteerHours, 0 when no hours.
 */
export interface EfficiencyMetrics {
	directBeneficiaries: number
	indirectBeneficiaries: number
	totalBeneficiaries: number
	totalBudget: number
	budgetBySource: Record<BudgetSource, number>
	volunteerHours: number
	beneficiariesPer10kYuan: number
	beneficiariesPerVolunteerHour: number
	/** Every indicator whose dimension is 'efficiency'. */
	indicators: IndicatorRow[]
}

/**
 * 治理效能 governance effectiveness, target against actual. An indicator of dimension
 * 'effectiveness' counts towards the first figure whose keywords its name contains,
 * checked in this order (case-insensitive; see `EFFECTIVENESS_KEYWORDS` in planMetrics.ts):
 * 1. `satisfaction` 满意度: 满意 / satisf — averaged over the indicators, not summed;
 * 2. `organisations` 社区组织孵化: 孵化 / 社会组织 / 社区组织 / incubat;
 * 3. `volunteers` 志愿者招募: 志愿 / volunteer;
 * 4. `participation` 居民参与: 参与 / 参加 / 人次 / particip.
 * The others sum targets and actuals. Volunteer-hour indicators (see
 * `EfficiencyMetrics`) never count here. Effectiveness indicators that match nothing
 * are listed in `indicators` only.
 */
export interface EffectivenessMetrics {
	participation: TargetActual
	volunteers: TargetActual
	organisations: TargetActual
	satisfaction: TargetActual
	/** Every indicator whose dimension is 'effectiveness'. */
	indicators: IndicatorRow[]
}

/** The figures of the analytics panel and of 十一、评估指标. */
export interface PlanMetrics {
	counts: {
		needs: number
		resources: number
		actors: number
		projects: number
		/** Valid link arrows, all types. */
		matches: number
		allocations: number
		serves: number
		provides: number
	}
	/** Needs with at least one allocation or serving project, over all needs. */
	needCoverage: Ratio
	/** Resources allocated to at least one need or project, over all resources. */
	resourceUtilisation: Ratio
	/** Resource cards per sector (政府/市场/社会). */
	resourcesBySector: Record<Sector, number>
	/** Actor cards per sector (政府/市场/社会/居民). */
	actorsBySector: Record<ActorSector, number>
	/** Allocation arrows per mechanism; `none` = no mechanism chosen yet. */
	allocationsByMechanism: Record<Mechanism | 'none', number>
	/** Project cards per dispatch status. */
	projectsByStatus: Record<DispatchStatus, number>
	/** Need cards per urgency. */
	needsByUrgency: Record<Urgency, number>
	/** Sum of the needs' 受益人数 (null counts as 0). */
	needBeneficiaries: number
	efficiency: EfficiencyMetrics
	effectiveness: EffectivenessMetrics
}

/** The kinds of holes `derivePlan` reports. */
export type PlanWarningCode =
	/** A project whose 牵头方 is empty. */
	| 'projectNoLead'
	/** A project whose 牵头方 names no actor card on the board. */
	| 'projectLeadUnknown'
	/** A need with no allocation and no serving project. */
	| 'needNoSource'
	/** A resource allocated to nothing. */
	| 'resourceIdle'
	/** An allocation arrow without a quantity. */
	| 'allocationNoQuantity'
	/** An allocation arrow without a mechanism. */
	| 'allocationNoMechanism'
	/** An arrow with `meta.link` whose ends are unbound or bound to missing cards. */
	| 'linkDangling'
	/** An arrow whose `meta.link` disagrees with the kinds of the cards it joins. */
	| 'linkMismatch'
	/** Two or more cards of one kind share a title. */
	| 'duplicateName'
	/** A card with an empty title. */
	| 'emptyName'
	/** A card whose props were invalid and were read with fallbacks. */
	| 'invalidCard'

/** How bad a hole is: `error` makes the plan wrong, `warning` incomplete, `info` worth a look. */
export type PlanWarningSeverity = 'error' | 'warning' | 'info'

/** A hole in the plan. */
export interface PlanWarning {
	code: PlanWarningCode
	severity: PlanWarningSeverity
	/** The card (or arrow) concerned, to zoom to. */
	cardId?: string
	message: PlanText
}

/** The plan derived from a board. */
export interface Plan {
	/** The board's title. */
	title: string
	/** When it was derived (ms since the epoch). */
	generatedAt: number
	/** Whether private fields (联系方式) are included. */
	includePrivate: boolean
	/** Sorted by votes (most first, i.e. by priority), then urgency (high first), then title, then id. */
	needs: NeedRow[]
	/** Sorted by sector (政府, 市场, 社会), then title. */
	resources: ResourceRow[]
	/** Sorted by sector (政府, 市场, 社会, 居民), then title. */
	actors: ActorRow[]
	/** Sorted by dispatch status order (发布 … 结项), then title. */
	projects: ProjectRow[]
	/** Sorted by type (allocation, serves, provides), mechanism, then from and to titles. */
	matches: MatchRow[]
	/** Every project indicator, in project order. */
	indicators: IndicatorRow[]
	metrics: PlanMetrics
	warnings: PlanWarning[]
	/** The needs that are not covered, in `needs` order. */
	unmetNeeds: NeedRow[]
	/** The resources that are not utilised, in `resources` order. */
	idleResources: ResourceRow[]
}

/** Options of `derivePlan`. */
export interface DerivePlanOptions {
	/** The board's title, the plan's name. */
	title: string
	/** Include private fields (联系方式). False for anything viewers may see. */
	includePrivate: boolean
	/** The time to stamp as `generatedAt`; `Date.now()` when absent. */
	now?: number
}
