import { SECTORS, type Sector } from '../domain/enums'
import { LANE_GAP_X, LANE_GAP_Y, laneSize, STAGE_PAD, STAGE_TOP } from './layoutConstants'
import type { FrameHandle, TemplateBuilder } from './TemplateBuilder'
import type { Point } from './templateTypes'

/** The frames of the 资源识别 stage. */
export interface IdentificationFrames {
	stage: FrameHandle
	/** 需求清单: need cards. */
	needs: FrameHandle
	/** 资源清单: one lane of resource cards per sector. */
	resources: Record<Sector, FrameHandle>
	/** 主体地图: actor cards. */
	actors: FrameHandle
}

/** Cards per row in the needs area, the resource lanes and the actor map. */
export const IDENTIFICATION_COLUMNS = { need: 5, resource: 5, actor: 5 } as const

const needs = laneSize('need', IDENTIFICATION_COLUMNS.need, 2)
const resourceLane = laneSize('resource', IDENTIFICATION_COLUMNS.resource, 2)
const columnW = Math.max(needs.w, resourceLane.w)
const columnH = SECTORS.length * resourceLane.h + (SECTORS.length - 1) * LANE_GAP_Y

/** The size of the 资源识别 stage; its height is every stage's height in the full cycle. */
export const IDENTIFICATION_STAGE_SIZE = {
	w: STAGE_PAD + columnW + LANE_GAP_X + columnW + STAGE_PAD,
	h: STAGE_TOP + columnH + STAGE_PAD,
} as const

/**
 * The 资源识别 stage at template point `at`: 需求清单 and 主体地图 on the left, the
 * 资源清单 lanes 政府 / 市场 / 社会 on the right.
 */
export function buildIdentificationStage(
	b: TemplateBuilder,
	at: Point,
	height: number = IDENTIFICATION_STAGE_SIZE.h,
): IdentificationFrames {
	const stage = b.frame({
		...at,
		...IDENTIFICATION_STAGE_SIZE,
		h: Math.max(height, IDENTIFICATION_STAGE_SIZE.h),
		name: { zh: '资源识别', en: 'Resource identification' },
		lane: { role: 'stage', stage: 'identification' },
		color: 'blue',
	})
	const needsArea = b.frame({
		parent: stage,
		x: STAGE_PAD,
		y: STAGE_TOP,
		w: columnW,
		h: needs.h,
		name: { zh: '需求清单', en: 'Needs list' },
		lane: { role: 'area', stage: 'identification', laneKind: 'need' },
		color: 'blue',
	})
	const resourceX = STAGE_PAD + columnW + LANE_GAP_X
	const resources = {} as Record<Sector, FrameHandle>
	SECTORS.forEach((sector, i) => {
		resources[sector.value] = b.frame({
			parent: stage,
			x: resourceX,
			y: STAGE_TOP + i * (resourceLane.h + LANE_GAP_Y),
			w: columnW,
			h: resourceLane.h,
			name: { zh: `资源清单 · ${sector.zh}`, en: `Resources · ${sector.en}` },
			lane: { role: 'lane', stage: 'identification', laneKind: 'resource', sector: sector.value },
			color: 'blue',
		})
	})
	const actorsY = STAGE_TOP + needs.h + LANE_GAP_Y
	const actors = b.frame({
		parent: stage,
		x: STAGE_PAD,
		y: actorsY,
		w: columnW,
		h: STAGE_TOP + columnH - actorsY,
		name: { zh: '主体地图', en: 'Actor map' },
		lane: { role: 'area', stage: 'identification', laneKind: 'actor' },
		color: 'blue',
	})
	return { stage, needs: needsArea, resources, actors }
}
