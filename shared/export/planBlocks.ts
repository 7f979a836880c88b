/**
 * The 项目计划书 as a renderer-neutral document: built once from a Plan by
 * `planDocument` (shared/export/planDocument.ts) and rendered to Word
 * (server/export/blocksToDocx.ts), Markdown (shared/export/blocksToMarkdown.ts) and the
 * print page (client/plan/PlanDocumentView.tsx). Every text in it is final text for
 * people — labels instead of enum values, numbers with thousands separators and units,
 * dates in the document's language — so the three renderings carry the same words.
 */
import type { PlanLang } from '../plan/planTypes'

/** A stretch of text with one formatting. */
export interface PlanRun {
	readonly text: string
	readonly bold?: boolean
	readonly italic?: boolean
}

/**
 * What a column holds, for alignment and width: `number` and `money` are right-aligned
 * and never broken, `date` is centred and never broken, `text` wraps.
 */
export type PlanColumnKind = 'text' | 'number' | 'money' | 'date'

/** One column of a table. */
export interface PlanColumn {
	readonly header: string
	readonly kind: PlanColumnKind
	/**
	 * The width a text column would like, relative to the other text columns (default: as
	 * wide as its content suggests). Number, money and date columns are as wide as their
	 * widest cell.
	 */
	readonly weight?: number
	/** The fewest half-width characters a text column may have (a name column: 8). */
	readonly minChars?: number
}

/** A heading. Level 1 is a section of the outline (一、…), 2 a part of it ((一)…), 3 below. */
export interface PlanHeadingBlock {
	readonly type: 'heading'
	readonly level: 1 | 2 | 3
	/** The heading's text, numbered (e.g. "（一）社区概况"). */
	readonly text: string
	/** Start it on a new page. */
	readonly pageBreakBefore?: boolean
}

/** A paragraph of runs. */
export interface PlanParagraphBlock {
	readonly type: 'paragraph'
	readonly runs: readonly PlanRun[]
}

/** A remark in a quieter voice: what a section without data says, or a note under a table. */
export interface PlanNoteBlock {
	readonly type: 'note'
	readonly text: string
}

/** A list of items, numbered or bulleted. */
export interface PlanListBlock {
	readonly type: 'list'
	readonly ordered: boolean
	readonly items: readonly (readonly PlanRun[])[]
}

/** Labels and their values: the cover's form (labels spread, values underlined). */
export interface PlanKeyValueBlock {
	readonly type: 'keyValue'
	readonly rows: readonly { readonly label: string; readonly value: string }[]
	readonly style: 'cover'
}

/** A table. Each cell is final text; a line break inside a cell separates lines. */
export interface PlanTableBlock {
	readonly type: 'table'
	readonly columns: readonly PlanColumn[]
	readonly rows: readonly (readonly string[])[]
	/** The last row is a total (合计): bold. */
	readonly totalRow?: boolean
	/** A wide table set smaller (the appendices). */
	readonly dense?: boolean
	/**
	 * Columns (by index) in which an empty cell continues the cell above it: rows that
	 * belong together (the resources of one need) show that column's text once, merged
	 * down. Markdown, which cannot merge, leaves the continuing cells empty.
	 */
	readonly mergeDown?: readonly number[]
}

/**
 * How many rows each cell of a table spans: 1 for most; n for a non-empty cell of a
 * `mergeDown` column followed by n − 1 empty cells; 0 for a cell merged into the one above.
 */
export function rowSpans(b: PlanTableBlock): number[][] {
	const spans = b.rows.map(() => b.columns.map(() => 1))
	for (const c of b.mergeDown ?? []) {
		for (let r = 0; r < b.rows.length; r++) {
			if ((b.rows[r][c] ?? '') === '') continue
			let n = 1
			while (r + n < b.rows.length && (b.rows[r + n][c] ?? '') === '') {
				spans[r + n][c] = 0
				n++
			}
			spans[r][c] = n
			r += n - 1
		}
	}
	return spans
}

/**
 * A picture, by reference: `canvas:<stage>` (a picture of the board's canvas, one per
 * stage, supplied by the browser) or `chart:<name>`. A renderer that has no picture for
 * the reference leaves the block out, so `planDocument` only writes references it was
 * told exist.
 */
export interface PlanImageBlock {
	readonly type: 'image'
	readonly ref: string
	/** What the picture shows, for people who cannot see it. */
	readonly alt: string
	/** The caption under it (图1 资源识别). */
	readonly caption: string
}

/** The next block starts on a new page. */
export interface PlanPageBreakBlock {
	readonly type: 'pageBreak'
}

/** Where the table of contents goes (Word: a TOC field with page numbers). */
export interface PlanTocBlock {
	readonly type: 'toc'
	readonly title: string
}

/** The document's title on the cover, with a subtitle (项目计划书). */
export interface PlanTitleBlock {
	readonly type: 'title'
	readonly text: string
	readonly subtitle: string
	/** At the top of the first page of text (the 会议纪要), not alone on a cover. */
	readonly compact?: boolean
}

/** One block of a plan document. */
export type PlanBlock =
	| PlanHeadingBlock
	| PlanParagraphBlock
	| PlanNoteBlock
	| PlanListBlock
	| PlanKeyValueBlock
	| PlanTableBlock
	| PlanImageBlock
	| PlanPageBreakBlock
	| PlanTocBlock
	| PlanTitleBlock

/**
 * A part of the document with its own page setup: the cover, the body (portrait, with
 * page numbers) and the appendices (landscape, for wide tables and the canvas).
 */
export interface PlanPart {
	readonly kind: 'cover' | 'body' | 'appendix'
	readonly blocks: readonly PlanBlock[]
}

/** The plan as a document. */
export interface PlanDocument {
	readonly lang: PlanLang
	/** The file's title ("X 项目计划书"). */
	readonly title: string
	readonly parts: readonly PlanPart[]
}

/** A plain paragraph of one run. */
export function paragraph(text: string): PlanParagraphBlock {
	return { type: 'paragraph', runs: [{ text }] }
}

/** A paragraph of runs. */
export function richParagraph(runs: readonly PlanRun[]): PlanParagraphBlock {
	return { type: 'paragraph', runs }
}

/** A note. */
export function note(text: string): PlanNoteBlock {
	return { type: 'note', text }
}

/** A heading. */
export function heading(level: 1 | 2 | 3, text: string, opts: { pageBreakBefore?: boolean } = {}): PlanHeadingBlock {
	return { type: 'heading', level, text, ...(opts.pageBreakBefore ? { pageBreakBefore: true } : {}) }
}

/** A table. */
export function table(
	columns: readonly PlanColumn[],
	rows: readonly (readonly string[])[],
	opts: { totalRow?: boolean; dense?: boolean; mergeDown?: readonly number[] } = {},
): PlanTableBlock {
	return { type: 'table', columns, rows, ...opts }
}

/** A column. */
export function column(
	header: string,
	kind: PlanColumnKind = 'text',
	opts: { weight?: number; minChars?: number } = {},
): PlanColumn {
	return { header, kind, ...opts }
}

/** The plain text of runs. */
export function runsText(runs: readonly PlanRun[]): string {
	return runs.map((r) => r.text).join('')
}

/** What separates a label from its value in a key-value block: "项目名称：…" / "Project name: …". */
export function labelSeparator(lang: PlanLang): string {
	return lang === 'zh' ? '：' : ': '
}

/** The number an ordered list writes before item `index` (0-based): "1. ". */
export function listMarker(ordered: boolean, index: number): string {
	return ordered ? `${index + 1}. ` : ''
}
