import { CARD_SIZE } from '../domain/cardDefaults'
import type { CardKind } from '../domain/cardProps'
import { gridBoxSize } from './tidyGridPositions'

/** Space between a lane's edge and its cards. */
export const LANE_PAD = 30

/** Space between two cards of a lane. */
export const CELL_GAP = 20

/** Space above a stage's lanes, where their names are drawn (a frame's name sits above it). */
export const STAGE_TOP = 80

/** Space between a stage's edges and its lanes (left, right, bottom). */
export const STAGE_PAD = 40

/** Vertical space between two lanes, room for the lower lane's name. */
export const LANE_GAP_Y = 80

/** Horizontal space between two lanes side by side. */
export const LANE_GAP_X = 40

/** Space between two stages. */
export const STAGE_GAP = 200

/** The size of a lane holding `columns` × `rows` cards of `kind`. */
export function laneSize(kind: CardKind, columns: number, rows: number): { w: number; h: number } {
	const { w, h } = CARD_SIZE[kind]
	return gridBoxSize({ columns, rows, cellW: w, cellH: h, gap: CELL_GAP, padding: LANE_PAD })
}
