import { ALLOCATION_STAGE_SIZE, type AllocationFrames, buildAllocationStage } from './allocationStage'
import { buildIdentificationStage, IDENTIFICATION_STAGE_SIZE, type IdentificationFrames } from './identificationStage'
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

/** The height all three stages share. */
export const FULL_CYCLE_STAGE_HEIGHT = Math.max(
	IDENTIFICATION_STAGE_SIZE.h,
	ALLOCATION_STAGE_SIZE.h,
	UTILIZATION_STAGE_SIZE.h,
)

/** The three stages 资源识别 → 资源配置 → 资源利用 left to right from template point `at`, of equal height. */
export function buildFullCycleStages(b: TemplateBuilder, at: Point = { x: 0, y: 0 }): FullCycleFrames {
	const h = FULL_CYCLE_STAGE_HEIGHT
	const identification = buildIdentificationStage(b, at, h)
	const allocationX = at.x + IDENTIFICATION_STAGE_SIZE.w + STAGE_GAP
	const allocation = buildAllocationStage(b, { x: allocationX, y: at.y }, h)
	const utilizationX = allocationX + ALLOCATION_STAGE_SIZE.w + STAGE_GAP
	const utilization = buildUtilizationStage(b, { x: utilizationX, y: at.y }, h)
	return { identification, allocation, utilization }
}
