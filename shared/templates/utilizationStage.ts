import { DISPATCH_STATUSES, type DispatchStatus, INDICATOR_DIMENSIONS, type IndicatorDimension } from '../domain/enums'
import { LANE_GAP_X, LANE_GAP_Y, LANE_PAD, laneSize, STAGE_PAD, STAGE_TOP } from './layoutConstants'
import type { FrameHandle, TemplateBuilder } from './TemplateBuilder'
import type { Point } from './templateTypes'

/** The frames of the 资源利用 stage. */
export interface UtilizationFrames {
	stage: FrameHandle
	/** One lane of project cards per dispatch status, left to right. */
	statuses: Record<DispatchStatus, FrameHandle>
	/** 动态评估. */
	evaluation: FrameHandle
	/** 资源使用效率 and 治理效能, inside 动态评估. */
	dimensions: Record<IndicatorDimension, FrameHandle>
}

/** Project cards per status lane: one column, this many rows. */
export const STATUS_LANE_ROWS = 4

const statusLane = laneSize('project', 1, STATUS_LANE_ROWS)
const lanesW = DISPATCH_STATUSES.length * statusLane.w + (DISPATCH_STATUSES.length - 1) * LANE_GAP_X
/** The smallest height of 动态评估: room for its sub-areas' names and a row of notes. */
const MIN_EVALUATION_H = STAGE_TOP + 260 + LANE_PAD

/** The width of the 资源利用 stage and its height when built alone. */
export const UTILIZATION_STAGE_SIZE = {
	w: STAGE_PAD + lanesW + STAGE_PAD,
	h: STAGE_TOP + statusLane.h + LANE_GAP_Y + MIN_EVALUATION_H + STAGE_PAD,
} as const

/**
 * The 资源利用 stage at template point `at`: the dispatch-status lanes 发布 → 申请 →
 * 统筹 → 执行 → 结项, and below them 动态评估 with 资源使用效率 and 治理效能.
 */
export function buildUtilizationStage(
	b: TemplateBuilder,
	at: Point,
	height: number = UTILIZATION_STAGE_SIZE.h,
): UtilizationFrames {
	const h = Math.max(height, UTILIZATION_STAGE_SIZE.h)
	const stage = b.frame({
		...at,
		w: UTILIZATION_STAGE_SIZE.w,
		h,
		name: { zh: '资源利用', en: 'Resource utilization' },
		lane: { role: 'stage', stage: 'utilization' },
		color: 'green',
	})
	const statuses = {} as Record<DispatchStatus, FrameHandle>
	DISPATCH_STATUSES.forEach((status, i) => {
		statuses[status.value] = b.frame({
			parent: stage,
			x: STAGE_PAD + i * (statusLane.w + LANE_GAP_X),
			y: STAGE_TOP,
			...statusLane,
			name: { zh: `${i + 1}. ${status.zh}`, en: `${i + 1}. ${status.en}` },
			lane: { role: 'lane', stage: 'utilization', laneKind: 'project', status: status.value },
			color: 'green',
		})
	})
	const evaluationY = STAGE_TOP + statusLane.h + LANE_GAP_Y
	const evaluation = b.frame({
		parent: stage,
		x: STAGE_PAD,
		y: evaluationY,
		w: lanesW,
		h: h - evaluationY - STAGE_PAD,
		name: { zh: '动态评估', en: 'Dynamic evaluation' },
		lane: { role: 'area', stage: 'utilization' },
		color: 'green',
	})
	const n = INDICATOR_DIMENSIONS.length
	const subW = (lanesW - 2 * LANE_PAD - (n - 1) * LANE_GAP_X) / n
	const dimensions = {} as Record<IndicatorDimension, FrameHandle>
	INDICATOR_DIMENSIONS.forEach((dimension, i) => {
		dimensions[dimension.value] = b.frame({
			parent: evaluation,
			x: LANE_PAD + i * (subW + LANE_GAP_X),
			y: STAGE_TOP,
			w: subW,
			h: evaluation.box.h - STAGE_TOP - LANE_PAD,
			name: { zh: dimension.zh, en: dimension.en },
			lane: { role: 'area', stage: 'utilization', dimension: dimension.value },
			color: 'green',
		})
	})
	return { stage, statuses, evaluation, dimensions }
}
