import { LEVELS, type Level } from './laneMeta'
import { LANE_GAP_X, LANE_GAP_Y, laneSize, STAGE_TOP } from './layoutConstants'
import { TemplateBuilder } from './TemplateBuilder'
import type { BoardTemplate, LocalizedText } from './templateTypes'

/** Room left of the quadrants for the influence axis, and below them for the interest axis. */
const AXIS_MARGIN = 100

const quadrant = laneSize('actor', 4, 3)

/** The four quadrants: name by influence, then interest. */
const QUADRANT_NAMES: Record<Level, Record<Level, LocalizedText>> = {
	high: {
		high: { zh: '高影响 · 高关注：重点管理', en: 'High influence, high interest: manage closely' },
		low: { zh: '高影响 · 低关注：保持满意', en: 'High influence, low interest: keep satisfied' },
	},
	low: {
		high: { zh: '低影响 · 高关注：及时告知', en: 'Low influence, high interest: keep informed' },
		low: { zh: '低影响 · 低关注：一般关注', en: 'Low influence, low interest: monitor' },
	},
}

/** The size of the whole grid frame. */
export const STAKEHOLDER_GRID_SIZE = {
	w: AXIS_MARGIN + 2 * quadrant.w + LANE_GAP_X + LANE_GAP_X,
	h: STAGE_TOP + 2 * quadrant.h + LANE_GAP_Y + AXIS_MARGIN,
} as const

/**
 * 利益相关方矩阵: influence (up) × interest (right), four quadrants of actor cards,
 * with the two axes labelled.
 */
export const stakeholderGridTemplate: BoardTemplate = {
	id: 'stakeholder-grid',
	zh: {
		name: '利益相关方矩阵',
		description: '按影响力和关注度把主体分为四类：重点管理、保持满意、及时告知、一般关注。',
	},
	en: {
		name: 'Stakeholder grid',
		description: 'Sort actors by influence and interest: manage closely, keep satisfied, keep informed, monitor.',
	},
	build(ctx) {
		const b = new TemplateBuilder(ctx, 'stakeholder-grid')
		const grid = b.frame({
			x: 0,
			y: 0,
			...STAKEHOLDER_GRID_SIZE,
			name: { zh: '利益相关方矩阵', en: 'Stakeholder grid' },
			lane: { role: 'area', laneKind: 'actor' },
			color: 'violet',
		})
		// Rows: high influence on top. Columns: high interest on the right.
		for (const [row, influence] of LEVELS.entries()) {
			for (const interest of ['low', 'high'] as const) {
				b.frame({
					parent: grid,
					x: AXIS_MARGIN + (interest === 'high' ? quadrant.w + LANE_GAP_X : 0),
					y: STAGE_TOP + row * (quadrant.h + LANE_GAP_Y),
					...quadrant,
					name: QUADRANT_NAMES[influence][interest],
					lane: { role: 'lane', laneKind: 'actor', influence, interest },
					color: 'violet',
				})
			}
		}
		const gridBottom = grid.box.y + STAGE_TOP + 2 * quadrant.h + LANE_GAP_Y
		b.label({
			parent: grid,
			at: { x: grid.box.x + AXIS_MARGIN / 3, y: gridBottom },
			text: { zh: '低 —— 影响力 → 高', en: 'low — Influence → high' },
			rotation: -Math.PI / 2,
		})
		b.label({
			parent: grid,
			at: { x: grid.box.x + AXIS_MARGIN, y: gridBottom + AXIS_MARGIN / 3 },
			text: { zh: '低 —— 关注度 → 高', en: 'low — Interest → high' },
		})
		return b.records()
	},
}
