import type { Bilingual, FieldDescriptor } from '../domain/cardFields'

/**
 * The board-level facts of a 项目计划书 (计划书信息): who applies, for what, for how long
 * and how much, and the community it serves. They live on the board itself — in the
 * tldraw document record's `meta`, one key per field (`plan.projectName` …), so everyone
 * with an editor link edits them live, concurrent edits of different fields merge, and
 * versions, exports and undo carry them like any record. The 电话 is private: it lives
 * in the board's private document (key PLAN_INFO_PRIVATE_RECORD), never in `meta`.
 */
export interface PlanInfo {
	/** 项目名称 (defaults to the board's title when empty). */
	projectName: string
	/** 申报单位. */
	applicantOrg: string
	/** 申报单位简介 / 资质 (rating, board, staff …). */
	applicantProfile: string
	/** 执行单位. */
	executingOrg: string
	/** 联系人. */
	contactPerson: string
	/** 项目周期: ISO dates or ''. */
	periodStart: string
	periodEnd: string
	/** 申请金额 (元). */
	requestedAmount: number | null
	/** 社区概况. */
	communityProfile: string
	/** 社区常住人口 (人): beneficiaries beyond it are flagged. */
	communityPopulation: number | null
	/** 项目定位. */
	positioning: string
	/** 总目标. */
	overallGoal: string
	/** What one volunteer hour is worth when valued in kind (元/小时); null: DEFAULT_VOLUNTEER_HOUR_VALUE. */
	volunteerHourValue: number | null
}

/** The private field of the plan info (电话), kept in the private document. */
export interface PlanInfoPrivate {
	contactPhone: string
}

/** Prefix of the plan-info keys in the document record's `meta`. */
export const PLAN_INFO_META_PREFIX = 'plan.'

/** Record id under which the private document keeps the plan info's private fields. */
export const PLAN_INFO_PRIVATE_RECORD = 'planInfo'

/** The value of a volunteer hour when the board sets none (元/小时; an illustrative figure, editable). */
export const DEFAULT_VOLUNTEER_HOUR_VALUE = 25

const YUAN: Bilingual = { zh: '元', en: 'yuan' }

/** The plan-info form, in order (the private 电话 comes after 联系人 in the form, see PLAN_INFO_PRIVATE_FIELDS). */
export const PLAN_INFO_FIELDS: readonly FieldDescriptor<keyof PlanInfo>[] = [
	{ key: 'projectName', input: 'text', zh: '项目名称', en: 'Project name' },
	{ key: 'applicantOrg', input: 'text', zh: '申报单位', en: 'Applicant' },
	{ key: 'applicantProfile', input: 'longtext', zh: '申报单位简介与资质', en: 'About the applicant' },
	{ key: 'executingOrg', input: 'text', zh: '执行单位', en: 'Executing organisation' },
	{ key: 'contactPerson', input: 'text', zh: '联系人', en: 'Contact person' },
	{ key: 'periodStart', input: 'date', zh: '项目周期（开始）', en: 'Period from' },
	{ key: 'periodEnd', input: 'date', zh: '项目周期（结束）', en: 'Period to' },
	{ key: 'requestedAmount', input: 'number', zh: '申请金额', en: 'Amount requested', unit: YUAN, min: 0 },
	{ key: 'communityProfile', input: 'longtext', zh: '社区概况', en: 'The community' },
	{
		key: 'communityPopulation',
		input: 'number',
		zh: '社区常住人口',
		en: 'Community population',
		unit: { zh: '人', en: 'people' },
		min: 0,
		integer: true,
	},
	{ key: 'positioning', input: 'longtext', zh: '项目定位', en: 'Positioning' },
	{ key: 'overallGoal', input: 'longtext', zh: '总目标', en: 'Overall goal' },
	{
		key: 'volunteerHourValue',
		input: 'number',
		zh: '志愿服务折算（每小时）',
		en: 'Value of a volunteer hour',
		unit: { zh: '元/小时', en: 'yuan/hour' },
		min: 0,
	},
]

/** The private plan-info fields (only editors and facilitators see them). */
export const PLAN_INFO_PRIVATE_FIELDS: readonly FieldDescriptor<keyof PlanInfoPrivate>[] = [
	{ key: 'contactPhone', input: 'text', zh: '联系电话', en: 'Phone', private: true },
]

/** An empty plan info. */
export function emptyPlanInfo(): PlanInfo {
	return {
		projectName: '',
		applicantOrg: '',
		applicantProfile: '',
		executingOrg: '',
		contactPerson: '',
		periodStart: '',
		periodEnd: '',
		requestedAmount: null,
		communityProfile: '',
		communityPopulation: null,
		positioning: '',
		overallGoal: '',
		volunteerHourValue: null,
	}
}

/** The `meta` key of a plan-info field. */
export function planInfoMetaKey(key: keyof PlanInfo): string {
	return `${PLAN_INFO_META_PREFIX}${key}`
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The plan info stored in a document record's `meta` (any value): each field of the right
 * type is kept (numbers finite and at least 0, dates as YYYY-MM-DD), every other one is
 * empty. Never throws.
 */
export function readPlanInfo(meta: unknown): PlanInfo {
	const info = emptyPlanInfo()
	if (typeof meta !== 'object' || meta === null) return info
	const source = meta as Record<string, unknown>
	const out = info as unknown as Record<string, unknown>
	for (const field of PLAN_INFO_FIELDS) {
		const value = source[planInfoMetaKey(field.key)]
		if (field.input === 'number') {
			if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[field.key] = value
		} else if (field.input === 'date') {
			if (typeof value === 'string' && DATE.test(value)) out[field.key] = value
		} else if (typeof value === 'string') out[field.key] = value
	}
	return info
}

/** The value of a volunteer hour on a board (元). */
export function volunteerHourValue(info: PlanInfo): number {
	return info.volunteerHourValue ?? DEFAULT_VOLUNTEER_HOUR_VALUE
}
