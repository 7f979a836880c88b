import { MECHANISMS, type Mechanism } from '../domain/enums'
import { LANE_GAP_Y, STAGE_PAD, STAGE_TOP } from './layoutConstants'
import type { FrameHandle, TemplateBuilder } from './TemplateBuilder'
import type { Point } from './templateTypes'

/** The frames of the 资源配置 stage. */
export interface AllocationFrames {
	stage: FrameHandle
	/** One lane per allocation mechanism. */
	mechanisms: Record<Mechanism, FrameHandle>
}

const LANE_W = 700
/** The smallest height of a mechanism lane. */
const MIN_LANE_H = 300

/** The width of the 资源配置 stage and its height when built alone. */
export const ALLOCATION_STAGE_SIZE = {
	w: STAGE_PAD + LANE_W + STAGE_PAD,
	h: STAGE_TOP + MECHANISMS.length * MIN_LANE_H + (MECHANISMS.length - 1) * LANE_GAP_Y + STAGE_PAD,
} as const

/**
 * The 资源配置 stage at template point `at`: one lane per mechanism (行政借力 /
 * 社会机制 / 市场机制), stacked, sharing `height` between them.
 */
export function buildAllocationStage(
	b: TemplateBuilder,
	at: Point,
	height: number = ALLOCATION_STAGE_SIZE.h,
): AllocationFrames {
	const h = Math.max(height, ALLOCATION_STAGE_SIZE.h)
	const stage = b.frame({
		...at,
		w: ALLOCATION_STAGE_SIZE.w,
		h,
		name: { zh: '资源配置', en: 'Resource allocation' },
		lane: { role: 'stage', stage: 'allocation' },
		color: 'orange',
	})
	const laneH = (h - STAGE_TOP - STAGE_PAD - (MECHANISMS.length - 1) * LANE_GAP_Y) / MECHANISMS.length
	const mechanisms = {} as Record<Mechanism, FrameHandle>
	MECHANISMS.forEach((mechanism, i) => {
		mechanisms[mechanism.value] = b.frame({
			parent: stage,
			x: STAGE_PAD,
			y: STAGE_TOP + i * (laneH + LANE_GAP_Y),
			w: LANE_W,
			h: laneH,
			name: { zh: mechanism.zh, en: mechanism.en },
			lane: { role: 'lane', stage: 'allocation', mechanism: mechanism.value },
			color: 'orange',
		})
	})
	return { stage, mechanisms }
}
