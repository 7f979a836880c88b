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
	BudgetCategory,
	BudgetSource,
	DispatchStatus,
	Mechanism,
	NeedCategory,
	NeedSource,
	NeedStatus,
	ResourceType,
	Sector,
	Strategy,
	Urgency,
} from '../domain/enums'
import type { PlanInfo } from './planInfo'

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

/**
 * How a budget line's effective amount was obtained (see `effectiveBudgetAmount`):
 * - `quantityTimesUnitPrice`: quantity × unit price, both set;
 * - `volunteerHours`: a 志愿服务时长 line with hours (quantity) but no unit price,
 *   valued at the board's volunteer hour value (PlanInfo.volunteerHourValue);
 * - `amount`: the amount typed on the line (a factor is missing);
 * - `none`: nothing usable — the line counts as 0.
 */
export type BudgetAmountBasis = 'quantityTimesUnitPrice' | 'volunteerHours' | 'amount' | 'none'

/** A project's budget line with the value it counts for in every total. */
export interface PlanBudgetLine extends BudgetLine {
	/** The line's value in 元 (≥ 0 when the inputs are; always finite). */
	effectiveAmount: number
	/** Where `effectiveAmount` came from. */
	amountBasis: BudgetAmountBasis
	/** The 元/hour used when `amountBasis` is `volunteerHours`, else null. */
	hourValue: number | null
}

/** Cash and in-kind parts of a sum (元). */
export interface CashInKind {
	cash: number
	inKind: number
	/** cash + inKind. */
	total: number
}

/**
 * Totals of a set of budget lines (one project's, or the whole plan's), all by
 * effective amount (元). Every source and category key is present (0 when unused).
 */
export interface BudgetSummary {
	/** Sum of every line (cash + in kind). */
	total: number
	/** Lines whose form is cash (资金). */
	cash: number
	/** Lines whose form is in kind (实物/志愿折算: donated goods, volunteer time). */
	inKind: number
	/** Per 经费来源, split cash / in kind. */
	bySource: Record<BudgetSource, CashInKind>
	/** Per 支出类别 (cash + in kind). */
	byCategory: Record<BudgetCategory, number>
	/** Source 政府购买 (cash + in kind): the government 元 of the leverage ratio. */
	government: number
	/** Every other source (自筹, 企业配套, 社会捐赠), cash + in kind. */
	nonGovernment: number
}

/**
 * A resource allocated to a project whose value in 元 can be read from the allocation
 * (see `valuedAllocations`): it counts towards the leverage ratio unless a budget line of
 * the project already names it.
 */
export interface ValuedAllocation {
	/** The allocation arrow. */
	matchId: string
	projectId: string
	resourceId: string
	resource: string
	sector: Sector
	/** 元. */
	value: number
	/** True when a budget line of the project names the resource (its value is then not counted twice). */
	inBudget: boolean
}

/**
 * 资源撬动比: how much non-government value each government 元 brings in.
 * `ratio` = nonGovernment / government, null when there is no government money
 * (a plan funded without government money has no ratio, not an infinite one).
 */
export interface LeverageRatio {
	/** Budget lines of source 政府购买, cash + in kind (元). */
	government: number
	/** 自筹 / 企业配套 / 社会捐赠 budget lines (cash + in kind) plus valued allocations of market/society resources not already in the budget (元). */
	nonGovernment: number
	/** The non-government part from budget lines, cash. */
	nonGovernmentCash: number
	/** The non-government part from budget lines, in kind (donated goods, volunteer time). */
	nonGovernmentInKind: number
	/** The non-government part from valued allocations not named in the budget. */
	allocatedValue: number
	/** nonGovernment / government; null when government is 0. */
	ratio: number | null
	/** nonGovernment / (government + nonGovernment), 0–1; null when both are 0. */
	nonGovernmentShare: number | null
}

/**
 * Cost per beneficiary, direct and indirect kept apart (never added: indirect
 * beneficiaries are the same residents reached again, or people outside the community).
 */
export interface CostPerBeneficiary {
	/** The cost divided: every budget line, cash + in kind (元). */
	cost: number
	/** Direct beneficiaries (直接受益人数), null when not given. */
	direct: number | null
	/** Indirect beneficiaries (间接受益人数), null when not given. */
	indirect: number | null
	/** cost / direct; null when there is no cost or no direct beneficiary. */
	perDirect: number | null
	/** cost / indirect; null when there is no cost or no indirect beneficiary. */
	perIndirect: number | null
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
	/** The budget lines, each with its effective amount. */
	budget: PlanBudgetLine[]
	/** Sum of the budget lines' effective amounts, cash + in kind (元) (= budgetSummary.total). */
	budgetTotal: number
	/** The budget by form, source and category. */
	budgetSummary: BudgetSummary
	/** This project's 资源撬动比. */
	leverage: LeverageRatio
	/** This project's cost per direct / indirect beneficiary. */
	costPerBeneficiary: CostPerBeneficiary
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
	/** The allocation strategy (STRATEGIES); '' when not chosen or not an allocation. */
	strategy: Strategy | ''
	quantity: number | null
	unit: string
	note: string
}

/**
 * Where an indicator stands (see `assessIndicator`):
 * - `notSet` 未设定: no target (nothing to attain);
 * - `notReported` 未填报: a target but no actual yet (an empty actual is not 0);
 * - `reported` 已填报: a target and an actual.
 */
export type IndicatorStatus = 'notSet' | 'notReported' | 'reported'

/** One project indicator, flattened with its project for the 评估指标 tables. */
export interface IndicatorRow {
	projectId: string
	project: string
	name: string
	dimension: ProjectIndicator['dimension']
	/** 基线 (the value before the project), null: 未设定. */
	baseline: number | null
	/** 目标, null: 未设定. */
	target: number | null
	/** 实际, null: 未填报 (never read as 0). */
	actual: number | null
	unit: string
	status: IndicatorStatus
	/** target − baseline; null when either is missing. */
	plannedChange: number | null
	/** (target − baseline) / |baseline|; null when either is missing or the baseline is 0. */
	plannedImprovement: number | null
	/**
	 * How far the actual went from the baseline towards the target:
	 * (actual − baseline) / (target − baseline) when both are set and differ, else
	 * actual / target (target ≠ 0). 1 = target met; may exceed 1 or be negative.
	 * Null unless `status` is `reported` (未填报 is never 0 % nor 100 %).
	 */
	attainment: number | null
}

/** A part over a whole: `ratio = count / total`, 0 when `total` is 0. */
export interface Ratio {
	count: number
	total: number
	/** From 0 to 1. */
	ratio: number
}

/**
 * Baseline, target and actual of one 治理效能 figure, summed (or averaged, for
 * satisfaction) over the matching project indicators. `baseline`/`target` are null when
 * no matching indicator sets them (未设定); `actual` is null when none reports one
 * (未填报) and otherwise sums only the reported indicators — compare it with
 * `reportedTarget`, the target of those same indicators.
 */
export interface TargetActual {
	baseline: number | null
	target: number | null
	actual: number | null
	/** The target of the indicators that reported an actual; null when none did. */
	reportedTarget: number | null
	/** The unit of the first matching indicator ('' when none). */
	unit: string
	/** How many indicators were matched. */
	indicators: number
	/** How many of them are 未设定 / 未填报 / reported. */
	notSet: number
	notReported: number
	reported: number
	/** Average `attainment` of the reported indicators; null when none reported. */
	attainment: number | null
	/**
	 * @deprecated actual / target with 0 for 未填报 — use `attainment` (null until reported).
	 * Kept for older renderers.
	 */
	progress: number
}

/**
 * 治理效能 over every indicator of the plan (any dimension): how many are set and
 * reported, and the average planned improvement and attainment.
 */
export interface IndicatorOverview {
	/** Every indicator. */
	indicators: number
	/** 未设定: no target. */
	notSet: number
	/** Indicators with a target but no baseline (the improvement cannot be shown). */
	noBaseline: number
	/** 未填报: a target, no actual. */
	notReported: number
	reported: number
	/**
	 * Average size of the planned change relative to the baseline, |plannedImprovement|, over
	 * the indicators that have one (a target below the baseline — fewer complaints — is
	 * an improvement too); null when none.
	 */
	averagePlannedImprovement: number | null
	/** Average `attainment` of the reported indicators; null when none is reported. */
	averageAttainment: number | null
}

/**
 * Volunteer hours (see `isVolunteerHourIndicator`), only as reported: nothing reported is
 * null, never 0.
 */
export interface VolunteerHours {
	/** Sum of the reported actuals; null when no volunteer-hour indicator has an actual. */
	reported: number | null
	/** Sum of the targets; null when none is set. */
	planned: number | null
	/** Hours on 志愿服务时长 budget lines (their quantity); null when there are none. */
	budgeted: number | null
	/** Direct beneficiaries per reported hour; null when no hours are reported. */
	directBeneficiariesPerReportedHour: number | null
}

/**
 * 资源使用效率 resource-use efficiency (rules in shared/plan/planMetrics.ts).
 *
 * - `directBeneficiaries` / `indirectBeneficiaries`: sums over projects of the card fields
 *   (empty counts as 0), never added together.
 * - `reach`: the residents reached, direct beneficiaries only, at most the community
 *   population when it is set (a resident in two projects is counted in both sums).
 * - `budget`: every project's budget lines by effective amount; `totalBudget` its total,
 *   `budgetBySource` its cash + in-kind total per 经费来源.
 * - `leverage`: 资源撬动比 of the whole plan; `costPerBeneficiary` of the whole plan.
 * - `volunteer`: volunteer hours as reported (null when nothing is).
 * - `beneficiariesPer10kYuan` = directBeneficiaries / (totalBudget / 10 000): direct
 *   beneficiaries are what the money buys; 0 when there is no budget.
 */
export interface EfficiencyMetrics {
	directBeneficiaries: number
	indirectBeneficiaries: number
	/** Direct beneficiaries over projects, capped at PlanInfo.communityPopulation when set. */
	reach: number
	/** True when the sum of direct beneficiaries exceeded the community population and `reach` was capped. */
	reachCapped: boolean
	/**
	 * @deprecated direct + indirect: a 受益人数合计 that can exceed the population. Do not
	 * show it; use `directBeneficiaries` and `indirectBeneficiaries` apart. Kept for older renderers.
	 */
	totalBeneficiaries: number
	budget: BudgetSummary
	/** = budget.total. */
	totalBudget: number
	/** Per 经费来源, cash + in kind (= budget.bySource[s].total). */
	budgetBySource: Record<BudgetSource, number>
	leverage: LeverageRatio
	costPerBeneficiary: CostPerBeneficiary
	volunteer: VolunteerHours
	/**
	 * @deprecated reported hours, or planned when none reported, 0 when neither: use
	 * `volunteer.reported`. Kept for older renderers.
	 */
	volunteerHours: number
	beneficiariesPer10kYuan: number
	/** @deprecated 0 when no hours are reported: use `volunteer.directBeneficiariesPerReportedHour`. */
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
	/** Set / reported counts and averages over every indicator of the plan (any dimension). */
	overview: IndicatorOverview
}

/** What a project's efficiency score was computed from (see `projectPlacements`). */
export type EfficiencyBasis = 'leverageAndCost' | 'leverage' | 'cost'

/** What a project's effectiveness score was computed from (see `projectPlacements`). */
export type EffectivenessBasis = 'attainment' | 'plannedImprovement'

/** The four quadrants of the efficiency × effectiveness picture. */
export type Quadrant =
	| 'highEfficiencyHighEffect'
	| 'lowEfficiencyHighEffect'
	| 'highEfficiencyLowEffect'
	| 'lowEfficiencyLowEffect'

/**
 * A project placed on the efficiency × effectiveness picture (rules in
 * shared/plan/projectPlacements.ts). Both scores are 0–1 with 0.5 as the dividing line;
 * a project lacking either score is listed with `placed: false` and no quadrant.
 */
export interface ProjectPlacement {
	projectId: string
	title: string
	/** 0–1; null when the project has no budget value and no cost per beneficiary. */
	efficiency: number | null
	efficiencyBasis: EfficiencyBasis | null
	/** 0–1; null when no indicator has a target with an actual or with a baseline. */
	effectiveness: number | null
	/** `attainment` once an actual is reported; `plannedImprovement` before. */
	effectivenessBasis: EffectivenessBasis | null
	placed: boolean
	quadrant: Quadrant | null
	/**
	 * What keeps an unplaced project off the picture (empty when placed): `budget` — no
	 * budget value and no cost per direct beneficiary; `targets` — no indicator with a
	 * target; `baselines` — targets, but neither a baseline nor a reported actual to
	 * measure them against.
	 */
	missing: PlacementGap[]
}

/** What a project lacks to be placed (see `ProjectPlacement.missing`). */
export type PlacementGap = 'budget' | 'targets' | 'baselines'

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
	/** Each project on the efficiency × effectiveness picture, in project order. */
	placements: ProjectPlacement[]
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
	/** A project without a start or an end date. */
	| 'projectNoDates'
	/** A project whose end date is before its start date. */
	| 'projectDatesReversed'
	/** A project without any budget value. */
	| 'projectNoBudget'
	/** A project without risks. */
	| 'projectNoRisks'
	/** A project without indicators. */
	| 'projectNoIndicators'
	/** A project serving no need. */
	| 'projectNoNeed'
	/** An actor that provides nothing and has no part in any project. */
	| 'actorUnlinked'
	/** A need's or project's direct beneficiaries exceed the community population. */
	| 'beneficiariesExceedPopulation'
	/** Projects' direct beneficiaries added up exceed the community population (people counted twice). */
	| 'reachExceedsPopulation'
	/** Projects with a budget but no 项目周期 on the plan: figures of any period would be added up. */
	| 'planNoPeriod'
	/** A project (with its budget and resources) running outside the plan's 项目周期. */
	| 'projectOutsidePeriod'
	/** An activity dated outside its project's dates or the plan's 项目周期. */
	| 'activityOutsidePeriod'
	/** A resource counted in money whose text dates it to years outside the plan's 项目周期. */
	| 'resourceOutsidePeriod'
	/** A donation, volunteers or giving tagged 市场机制 (purchase or paid sponsorship). */
	| 'mechanismContradictsResource'
	/** A 行政借力 allocation that names no channel (strategy). */
	| 'administrativeNoChannel'
	/** A strategy that does not belong to the allocation's mechanism. */
	| 'strategyMismatch'

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
	/** The board-level 计划书信息 (document record meta `plan.*`; empty fields when none). */
	info: PlanInfo
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
