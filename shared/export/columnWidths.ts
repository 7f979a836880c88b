import type { PlanColumn } from './planBlocks'

const WIDE =
	/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F]/

/**
 * How wide text shows, in half-width characters, of its widest line: CJK and full-width
 * forms count 2, and each switch between CJK and Latin letters or digits half a character more (Word
 * and LibreOffice space them apart: "2026 年 3 月").
 */
export function displayWidth(text: string): number {
	let widest = 0
	for (const line of text.split('\n')) {
		let w = 0
		let last: 'wide' | 'narrow' | null = null
		for (const ch of line) {
			const kind = WIDE.test(ch) ? 'wide' : /\s/.test(ch) ? null : 'narrow'
			w += kind === 'wide' ? 2 : 1
			if (kind && last && kind !== last) w += 0.5
			last = kind
		}
		widest = Math.max(widest, w)
	}
	return Math.ceil(widest)
}

/** The longest run a line cannot break inside: a Latin word or number (CJK breaks anywhere). */
function longestUnbreakable(text: string): number {
	let longest = 0
	for (const piece of text.split(
		/[\s\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60]+/,
	)) {
		longest = Math.max(longest, piece.length)
	}
	return longest
}

/**
 * Text columns whose every cell is at most this many half-width characters are kept on
 * one line, the longest limit that lets the table fit: names of parties (9 CJK), then
 * short labels (5 CJK), then none.
 */
const SHORT_TEXT = [18, 10, 0] as const

/** Options of `columnWidths`. */
export interface ColumnWidthOptions {
	/** The table's width, in twips. */
	width: number
	/** The width of a half-width character (a digit) at the cells' font size, in twips. */
	charWidth: number
	/** Left plus right cell margins, in twips. */
	margins: number
}

/** A number, money or date column: never broken inside a line. */
function isFixed(c: PlanColumn): boolean {
	return c.kind !== 'text'
}

/**
 * Column widths in twips that fill `opts.width`:
 * - a number, money or date column is as wide as its widest cell line (plus its margins
 *   and a little slack), so a figure never breaks; its header may take two lines;
 * - a text column gets at least `minChars` (default 4) half-width characters — never one
 *   character wide — and at least its longest unbreakable word; the width left is shared
 *   by the text columns in proportion to their weight and how much text they hold.
 * When even the minimums do not fit, every column is scaled down alike and `squeezed` is
 * true (the caller can set the table smaller first).
 */
export function columnWidths(
	columns: readonly PlanColumn[],
	rows: readonly (readonly string[])[],
	opts: ColumnWidthOptions,
): { widths: number[]; squeezed: boolean } {
	const { charWidth, margins } = opts
	const slack = Math.ceil(charWidth * 0.6)
	const twips = (chars: number) => Math.ceil(chars * charWidth) + margins + slack
	const cellsOf = (i: number) => rows.map((r) => r[i] ?? '')
	const needAt = (shortText: number) =>
		columns.map((c, i) => {
			const cells = cellsOf(i)
			const header = displayWidth(c.header)
			if (isFixed(c)) {
				const widest = Math.max(0, ...cells.map(displayWidth))
				// A header may wrap onto two lines; a figure may not wrap at all.
				return { min: twips(Math.max(widest, Math.ceil(header / 2), 4)), natural: 0 }
			}
			const unbreakable = Math.max(0, ...cells.map(longestUnbreakable), longestUnbreakable(c.header))
			const widest = Math.max(header, ...cells.map(displayWidth))
			// A column of short words (属性, 状态, a party's name) is kept on one line when the table allows.
			const short = Math.max(0, ...cells.map(displayWidth))
			const min = twips(
				Math.max(c.minChars ?? 4, unbreakable, Math.min(Math.ceil(header / 2), 8), short <= shortText ? short : 0),
			)
			const natural = Math.max(min, twips(Math.min(widest, 60)))
			return { min, natural }
		})
	const total = (n: { min: number }[]) => n.reduce((sum, x) => sum + x.min, 0)
	let need = needAt(SHORT_TEXT[0])
	for (const limit of SHORT_TEXT.slice(1)) {
		if (total(need) <= opts.width) break
		need = needAt(limit)
	}
	const fixedTotal = columns.reduce((sum, c, i) => sum + (isFixed(c) ? need[i].min : 0), 0)
	const textIdx = columns.map((c, i) => (isFixed(c) ? -1 : i)).filter((i) => i >= 0)
	const widths = need.map((n) => n.min)
	const minTotal = widths.reduce((a, b) => a + b, 0)
	if (minTotal > opts.width) {
		const scale = opts.width / minTotal
		return { widths: widths.map((w) => Math.floor(w * scale)), squeezed: true }
	}
	if (textIdx.length === 0) {
		// Only figures: spread what is left over them alike.
		const extra = (opts.width - fixedTotal) / columns.length
		return { widths: widths.map((w) => Math.floor(w + extra)), squeezed: false }
	}
	let left = opts.width - minTotal
	// First towards each text column's natural width, by weight.
	const wants = textIdx.map((i) => ({ i, want: need[i].natural - need[i].min, weight: columns[i].weight ?? 1 }))
	const totalWant = wants.reduce((sum, w) => sum + w.want * w.weight, 0)
	if (totalWant > 0) {
		const share = Math.min(1, left / totalWant)
		for (const w of wants) {
			const add = Math.floor(w.want * w.weight * share)
			const capped = Math.min(add, w.want)
			widths[w.i] += capped
			left -= capped
		}
	}
	// Then whatever is left, by weight.
	const totalWeight = wants.reduce((sum, w) => sum + w.weight, 0)
	for (const w of wants) widths[w.i] += Math.floor((left * w.weight) / totalWeight)
	return { widths, squeezed: false }
}
