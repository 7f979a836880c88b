import type { Point } from './templateTypes'

/** The cells of a grid: how many per row, how big, and the space around them. */
export interface GridSpec {
	columns: number
	cellW: number
	cellH: number
	/** Space between two cells, horizontally and vertically. */
	gap: number
	/** Space between the grid's edge and the first cell; 0 unless told. */
	padding?: number
}

/**
 * The top-left corners of `count` cells laid out row by row, `columns` to a row,
 * relative to the grid's top-left corner.
 */
export function tidyGridPositions(count: number, spec: GridSpec): Point[] {
	const { columns, cellW, cellH, gap, padding = 0 } = spec
	if (!Number.isInteger(columns) || columns < 1) throw new Error(`columns must be a positive integer, got ${columns}`)
	const out: Point[] = []
	for (let i = 0; i < count; i++) {
		const column = i % columns
		const row = Math.floor(i / columns)
		out.push({ x: padding + column * (cellW + gap), y: padding + row * (cellH + gap) })
	}
	return out
}

/** The width and height a grid of `columns` × `rows` cells needs, padding included. */
export function gridBoxSize(spec: GridSpec & { rows: number }): { w: number; h: number } {
	const { columns, rows, cellW, cellH, gap, padding = 0 } = spec
	return {
		w: 2 * padding + columns * cellW + Math.max(0, columns - 1) * gap,
		h: 2 * padding + rows * cellH + Math.max(0, rows - 1) * gap,
	}
}
