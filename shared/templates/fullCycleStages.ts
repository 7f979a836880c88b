import { ALLOCATION_STAGE_SIZE, type AllocationFrames, buildAllocationStage } from './allocationStage'
import {
	buildIdentificationStage,
	DEFAULT_IDENTIFICATION_ROWS,
	type IdentificationFrames,
	type IdentificationRows,
	identificationStageSize,
} from './identificationStage'
import { STAGE_GAP } from './layoutConstants'
import type { TemplateBuilder } from './TemplateBuilder'
import type { Point } from './templateTypes'
import { buildUtilizationStage, UTILIZATION_STAGE_SIZE, type UtilizationFrames } from './utilizationStage'

/** The frames of the three stages of 整合式合作. */
export interface FullCycleFrames {
	identification: IdentificationFrames
	allocation: AllocationFrames
	utilization: UtilizationFrames
}

/** The height the three stages share when 资源识别 is sized for `rows`. */
export function fullCycleStageHeight(rows: IdentificationRows = DEFAULT_IDENTIFICATION_ROWS): number {
	return Math.max(identificationStageSize(rows).h, ALLOCATION_STAGE_SIZE.h, UTILIZATION_STAGE_SIZE.h)
}

/** The height all three stages share in the full-cycle template. */
export const FULL_CYCLE_STAGE_HEIGHT = fullCycleStageHeight()

/**
 * The three stages 资源识别 → 资源配置 → 资源利用 left to right from template point `at`,
 * of equal height; 资源识别's needs area and resource lanes are sized for `rows` of cards.
 */
export function buildFullCycleStages(
	b: TemplateBuilder,
	at: Point = { x: 0, y: 0 },
	rows: IdentificationRows = DEFAULT_IDENTIFICATION_ROWS,
): FullCycleFrames {
	const h = fullCycleStageHeight(rows)
	const identification = buildIdentificationStage(b, at, h, rows)
	const allocationX = at.x + identificationStageSize(rows).w + STAGE_GAP
	const allocation = buildAllocationStage(b, { x: allocationX, y: at.y }, h)
	const utilizationX = allocationX + ALLOCATION_STAGE_SIZE.w + STAGE_GAP
	const utilization = buildUtilizationStage(b, { x: utilizationX, y: at.y }, h)
	return { identification, allocation, utilization }
}
