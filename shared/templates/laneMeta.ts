import { CARD_KINDS, type CardKind } from '../domain/cardProps'
import {
	ACTOR_SECTORS,
	type ActorSector,
	DISPATCH_STATUSES,
	type DispatchStatus,
	enumValues,
	INDICATOR_DIMENSIONS,
	type IndicatorDimension,
	MECHANISMS,
	type Mechanism,
} from '../domain/enums'

/** The key of a template frame's `meta` that holds its `LaneMeta`. */
export const LANE_META_KEY = 'niudai'

/** The three stages of 整合式合作, left to right. */
export const STAGES = ['identification', 'allocation', 'utilization'] as const
/** One stage of 整合式合作. */
export type Stage = (typeof STAGES)[number]

/** What a template frame is: a whole stage, a lane of cards, or a free area. */
export const LANE_ROLES = ['stage', 'lane', 'area'] as const
/** What a template frame is. */
export type LaneRole = (typeof LANE_ROLES)[number]

/** High or low, for the two axes of the stakeholder grid. */
export const LEVELS = ['high', 'low'] as const
/** High or low. */
export type Level = (typeof LEVELS)[number]

/**
 * What a template frame means, kept in its `meta.niudai`. Only `template` and `role`
 * are always there; the rest describe what a card dropped inside should default to.
 */
export interface LaneMeta {
	/** The id of the template that made the frame. */
	template: string
	role: LaneRole
	stage?: Stage
	/** The kind of card that belongs in the frame. */
	laneKind?: CardKind
	/** Resource or actor sector of the lane. */
	sector?: ActorSector
	/** Allocation mechanism of the lane (资源配置 lanes). */
	mechanism?: Mechanism
	/** Dispatch status of the lane (资源利用 lanes). */
	status?: DispatchStatus
	/** Stakeholder-grid quadrant: influence (影响力). */
	influence?: Level
	/** Stakeholder-grid quadrant: interest (关注度). */
	interest?: Level
	/** Evaluation dimension of the area (动态评估 sub-areas). */
	dimension?: IndicatorDimension
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function oneOf<V extends string>(values: readonly V[], value: unknown): V | undefined {
	return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as V) : undefined
}

/**
 * The `LaneMeta` in a frame's `meta` (at `meta.niudai`), or null when there is none.
 * Never throws: the meta comes from the shared document, so an unknown value of an
 * optional field is dropped rather than trusted.
 */
export function readLaneMeta(meta: unknown): LaneMeta | null {
	if (!isRecord(meta)) return null
	const raw = meta[LANE_META_KEY]
	if (!isRecord(raw) || typeof raw.template !== 'string') return null
	const role = oneOf(LANE_ROLES, raw.role)
	if (!role) return null
	const lane: LaneMeta = { template: raw.template, role }
	const stage = oneOf(STAGES, raw.stage)
	const laneKind = oneOf(CARD_KINDS, raw.laneKind)
	const sector = oneOf(enumValues(ACTOR_SECTORS), raw.sector)
	const mechanism = oneOf(enumValues(MECHANISMS), raw.mechanism)
	const status = oneOf(enumValues(DISPATCH_STATUSES), raw.status)
	const influence = oneOf(LEVELS, raw.influence)
	const interest = oneOf(LEVELS, raw.interest)
	const dimension = oneOf(enumValues(INDICATOR_DIMENSIONS), raw.dimension)
	if (stage) lane.stage = stage
	if (laneKind) lane.laneKind = laneKind
	if (sector) lane.sector = sector
	if (mechanism) lane.mechanism = mechanism
	if (status) lane.status = status
	if (influence) lane.influence = influence
	if (interest) lane.interest = interest
	if (dimension) lane.dimension = dimension
	return lane
}

/** `lane` as a frame's `meta` (`{ niudai: lane }`), with no undefined fields. */
export function laneMetaToFrameMeta(lane: LaneMeta): { [LANE_META_KEY]: Record<string, string> } {
	const clean: Record<string, string> = {}
	for (const [key, value] of Object.entries(lane)) if (typeof value === 'string') clean[key] = value
	return { [LANE_META_KEY]: clean }
}
