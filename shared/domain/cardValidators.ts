import type { RecordProps, TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import type {
	BudgetLine,
	CardKind,
	DispatchStep,
	LinkMeta,
	ProjectActivity,
	ProjectIndicator,
	ProjectRisk,
} from './cardProps'
import { LINK_TYPES } from './cardProps'
import type { TLActorShape, TLNeedShape, TLProjectShape, TLResourceShape } from './cardShapeTypes'
import {
	ACTOR_KINDS,
	ACTOR_ROLES,
	ACTOR_SECTORS,
	BUDGET_CATEGORIES,
	BUDGET_FORMS,
	BUDGET_SOURCES,
	DISPATCH_STATUSES,
	enumValues,
	INDICATOR_DIMENSIONS,
	MECHANISMS,
	NEED_CATEGORIES,
	NEED_SOURCES,
	NEED_STATUSES,
	RESOURCE_TYPES,
	SECTORS,
	STRATEGIES,
	URGENCIES,
} from './enums'

/** The most characters a one-line text field (名称, 单位, 联系方式 …) may hold. */
export const MAX_SHORT_TEXT = 200

/** The most characters a long text field (说明, 项目目标, 风险与应对 …) may hold. */
export const MAX_LONG_TEXT = 10_000

/** The most entries a list prop (活动安排, 预算, 合作方 …) may hold. */
export const MAX_LIST_ITEMS = 200

/** The lowest and highest influence / interest score. */
export const SCORE_RANGE = { min: 1, max: 5 } as const

function fail(message: string): never {
	throw new T.ValidationError(message)
}

function text(max: number): T.Validator<string> {
	return T.string.check('length', (v) => {
		if (v.length > max) fail(`Expected at most ${max} characters, got ${v.length}`)
	})
}

const shortText = text(MAX_SHORT_TEXT)
const longText = text(MAX_LONG_TEXT)

/** An ISO calendar date `YYYY-MM-DD` that exists, or '' for "not set". */
const dateOrEmpty = T.string.check('date', (v) => {
	if (v === '') return
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
	if (!m) fail(`Expected a date as YYYY-MM-DD or an empty string, got "${v}"`)
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
	const date = new Date(Date.UTC(year, month - 1, day))
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		fail(`Expected a date that exists, got "${v}"`)
	}
})

const nonNegativeNumber = T.number.check('non-negative', (v) => {
	if (v < 0) fail(`Expected a number of at least 0, got ${v}`)
})

const nonNegativeInteger = T.integer.check('non-negative', (v) => {
	if (v < 0) fail(`Expected an integer of at least 0, got ${v}`)
})

const score = T.integer.check('score', (v) => {
	if (v < SCORE_RANGE.min || v > SCORE_RANGE.max) {
		fail(`Expected an integer from ${SCORE_RANGE.min} to ${SCORE_RANGE.max}, got ${v}`)
	}
})

function listOf<V>(item: T.Validatable<V>): T.Validator<V[]> {
	return T.arrayOf(item).check('length', (v) => {
		if (v.length > MAX_LIST_ITEMS) fail(`Expected at most ${MAX_LIST_ITEMS} items, got ${v.length}`)
	})
}

const size = T.nonZeroNumber

/** Props of a 需求 card. */
export const needShapeProps: RecordProps<TLNeedShape> = {
	w: size,
	h: size,
	title: shortText,
	description: longText,
	category: T.literalEnum(...enumValues(NEED_CATEGORIES)),
	targetGroup: shortText,
	beneficiaries: nonNegativeInteger.nullable(),
	urgency: T.literalEnum(...enumValues(URGENCIES)),
	source: T.literalEnum(...enumValues(NEED_SOURCES)),
	raisedBy: shortText,
	location: shortText,
	status: T.literalEnum(...enumValues(NEED_STATUSES)),
	votes: nonNegativeInteger,
}

/** Props of a 资源 card. */
export const resourceShapeProps: RecordProps<TLResourceShape> = {
	w: size,
	h: size,
	title: shortText,
	description: longText,
	sector: T.literalEnum(...enumValues(SECTORS)),
	resourceType: T.literalEnum(...enumValues(RESOURCE_TYPES)),
	provider: shortText,
	quantity: nonNegativeNumber.nullable(),
	unit: shortText,
	availability: shortText,
	location: shortText,
	conditions: longText,
	contact: shortText,
}

/** Props of a 主体 card. */
export const actorShapeProps: RecordProps<TLActorShape> = {
	w: size,
	h: size,
	title: shortText,
	description: longText,
	sector: T.literalEnum(...enumValues(ACTOR_SECTORS)),
	actorKind: T.literalEnum(...enumValues(ACTOR_KINDS)),
	roles: listOf(T.literalEnum(...enumValues(ACTOR_ROLES))).check('unique', (v) => {
		if (new Set(v).size !== v.length) fail('Expected each role at most once')
	}),
	influence: score,
	interest: score,
	contact: shortText,
}

/** One row of a project's 活动安排. */
export const projectActivityValidator: T.ObjectValidator<ProjectActivity> = T.object<ProjectActivity>({
	date: dateOrEmpty,
	content: longText,
	place: shortText,
	owner: shortText,
	participants: shortText,
})

/** One line of a project's 预算. */
export const budgetLineValidator: T.ObjectValidator<BudgetLine> = T.object<BudgetLine>({
	category: T.literalEnum(...enumValues(BUDGET_CATEGORIES)),
	item: shortText,
	quantity: nonNegativeNumber.nullable(),
	unit: shortText,
	unitPrice: nonNegativeNumber.nullable(),
	amount: nonNegativeNumber.nullable(),
	source: T.literalEnum(...enumValues(BUDGET_SOURCES)),
	form: T.literalEnum(...enumValues(BUDGET_FORMS)),
})

/** One of a project's 风险与应对. */
export const projectRiskValidator: T.ObjectValidator<ProjectRisk> = T.object<ProjectRisk>({
	risk: longText,
	response: longText,
})

/** One dated step of a project's dispatch trail. */
export const dispatchStepValidator: T.ObjectValidator<DispatchStep> = T.object<DispatchStep>({
	stage: T.literalEnum(...enumValues(DISPATCH_STATUSES)),
	date: dateOrEmpty,
	by: shortText,
	note: shortText,
})

/** One of a project's 评估指标. */
export const projectIndicatorValidator: T.ObjectValidator<ProjectIndicator> = T.object<ProjectIndicator>({
	name: shortText,
	dimension: T.literalEnum(...enumValues(INDICATOR_DIMENSIONS)),
	baseline: T.number.nullable(),
	target: T.number.nullable(),
	actual: T.number.nullable(),
	unit: shortText,
})

/** Props of a 项目 card. */
export const projectShapeProps: RecordProps<TLProjectShape> = {
	w: size,
	h: size,
	title: shortText,
	description: longText,
	goal: longText,
	targetGroup: shortText,
	directBeneficiaries: nonNegativeInteger.nullable(),
	indirectBeneficiaries: nonNegativeInteger.nullable(),
	status: T.literalEnum(...enumValues(DISPATCH_STATUSES)),
	leadActor: shortText,
	partners: listOf(shortText),
	startDate: dateOrEmpty,
	endDate: dateOrEmpty,
	activities: listOf(projectActivityValidator),
	budget: listOf(budgetLineValidator),
	indicators: listOf(projectIndicatorValidator),
	risks: listOf(projectRiskValidator),
	publisher: shortText,
	applicant: shortText,
	coordinator: shortText,
	executor: shortText,
	dispatchTrail: listOf(dispatchStepValidator),
}

/** The props validators of every card kind, for the schema and for generic code. */
export const CARD_SHAPE_PROPS: { readonly [K in CardKind]: RecordProps<TLShape<K>> } = {
	need: needShapeProps,
	resource: resourceShapeProps,
	actor: actorShapeProps,
	project: projectShapeProps,
}

/** Validates an arrow's `meta.link` (the match data of a link between two cards). */
export const linkMetaValidator: T.ObjectValidator<LinkMeta> = T.object<LinkMeta>({
	type: T.literalEnum(...LINK_TYPES),
	mechanism: T.literalEnum('', ...enumValues(MECHANISMS)),
	strategy: T.literalEnum('', ...enumValues(STRATEGIES)),
	quantity: nonNegativeNumber.nullable(),
	unit: shortText,
	note: longText,
})

/**
 * `value` as a `LinkMeta` when it is a valid one, otherwise null. Never throws. A link
 * written before strategies existed reads as having none.
 */
export function validateLinkMeta(value: unknown): LinkMeta | null {
	try {
		const withStrategy =
			typeof value === 'object' && value !== null && !Object.hasOwn(value, 'strategy')
				? { ...(value as Record<string, unknown>), strategy: '' }
				: value
		return linkMetaValidator.validate(withStrategy)
	} catch {
		return null
	}
}
