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

/** Rows of cards the needs area and each resource lane are sized for (the actor map takes the height left). */
export interface IdentificationRows {
	need: number
	resource: number
}

/**
 * The rows of the stage templates: three of needs, three per resource lane — room for a
 * community's lists (the C社区 example's 13 needs and up to 15 resources a sector), so its
 * lists imported into a full-cycle board land inside the lanes.
 */
export const DEFAULT_IDENTIFICATION_ROWS: IdentificationRows = { need: 3, resource: 3 }

/** Where the lanes of a 资源识别 stage with `rows` go, relative to the stage. */
function identificationLayout(rows: IdentificationRows) {
	const needs = laneSize('need', IDENTIFICATION_COLUMNS.need, rows.need)
	const resourceLane = laneSize('resource', IDENTIFICATION_COLUMNS.resource, rows.resource)
	const columnW = Math.max(needs.w, resourceLane.w)
	const columnH = Math.max(
		SECTORS.length * resourceLane.h + (SECTORS.length - 1) * LANE_GAP_Y,
		needs.h + LANE_GAP_Y + laneSize('actor', IDENTIFICATION_COLUMNS.actor, 1).h,
	)
	return {
		needs,
		resourceLane,
		columnW,
		columnH,
		size: { w: STAGE_PAD + columnW + LANE_GAP_X + columnW + STAGE_PAD, h: STAGE_TOP + columnH + STAGE_PAD },
	}
}

/** The size of a 资源识别 stage sized for `rows`. */
export function identificationStageSize(rows: IdentificationRows = DEFAULT_IDENTIFICATION_ROWS): {
	w: number
	h: number
} {
	return identificationLayout(rows).size
}

/** The size of the 资源识别 stage of the stage templates; its height is every stage's height in the full cycle. */
export const IDENTIFICATION_STAGE_SIZE = identificationStageSize()

/**
 * The 资源识别 stage at template point `at`: 需求清单 and 主体地图 on the left, the
 * 资源清单 lanes 政府 / 市场 / 社会 on the right, sized for `rows` of cards.
 */
export function buildIdentificationStage(
	b: TemplateBuilder,
	at: Point,
	height?: number,
	rows: IdentificationRows = DEFAULT_IDENTIFICATION_ROWS,
): IdentificationFrames {
	const { needs, resourceLane, columnW, columnH, size } = identificationLayout(rows)
	const stage = b.frame({
		...at,
		...size,
		h: Math.max(height ?? size.h, size.h),
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
