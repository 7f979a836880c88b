import {
	AlignmentType,
	HeadingLevel,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	VerticalAlignTable,
	WidthType,
} from 'docx'

/** Characters XML 1.0 cannot hold; a Word file with them does not open. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Font sizes in half-points, as Chinese documents name them. */
export const FONT_SIZE = {
	/** 二号 22 pt: the cover title. */
	er: 44,
	/** 三号 16 pt: level-1 headings. */
	san: 32,
	/** 四号 14 pt: level-2 headings. */
	si: 28,
	/** 小四 12 pt: body text. */
	xiaoSi: 24,
	/** 五号 10.5 pt: tables. */
	wu: 21,
	/** 小五 9 pt: the wide tables of the appendices. */
	xiaoWu: 18,
} as const

/** Run formatting a block may ask for. */
export interface RunStyle {
	bold?: boolean
	italics?: boolean
	size?: number
	color?: string
	/** A font per character set (e.g. 黑体 for East Asian text). */
	font?: { ascii: string; hAnsi: string; eastAsia: string; cs: string }
}

/**
 * Text as Word runs, taken literally: never parsed as markup or fields; line breaks
 * become breaks, characters XML cannot hold are dropped.
 */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
	const lines = text.replace(XML_INVALID, '').split(/\r\n|\r|\n/)
	return lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }))
}

/** A body paragraph of plain text. */
export function para(text: string, style: RunStyle = {}): Paragraph {
	return new Paragraph({ children: textRuns(text, style), spacing: { after: 120, line: 360 } })
}

/** A paragraph of runs: `[text, style]` pairs, e.g. a bold name then plain text. */
export function richPara(parts: readonly (readonly [string, RunStyle?])[]): Paragraph {
	return new Paragraph({
		children: parts.flatMap(([text, style]) => textRuns(text, style)),
		spacing: { after: 120, line: 360 },
	})
}

/** The sentence a section without data shows. */
export function noDataPara(text: string): Paragraph {
	return para(text, { color: '595959' })
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const

/** A real Word heading (Heading 1–3), so the table of contents and the navigation pane list it. */
export function heading(level: 1 | 2 | 3, text: string, opts: { pageBreakBefore?: boolean } = {}): Paragraph {
	return new Paragraph({
		heading: HEADINGS[level - 1],
		children: textRuns(text),
		pageBreakBefore: opts.pageBreakBefore,
		keepNext: true,
	})
}

/** How wide text shows, in half-width characters (CJK counts 2). */
function displayWidth(text: string): number {
	let widest = 0
	for (const line of text.split('\n')) {
		let w = 0
		for (const ch of line)
			w += /[\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1
		widest = Math.max(widest, w)
	}
	return widest
}

/** Paragraph styles of table cells, by font size (see `TABLE_STYLES`). */
export const TABLE_STYLE_IDS = { [FONT_SIZE.wu]: 'NiudaiTableText', [FONT_SIZE.xiaoWu]: 'NiudaiTableSmall' } as const

/** The paragraph styles `dataTable` uses; give them to the document's `styles.paragraphStyles`. */
export const TABLE_STYLES = [
	{
		id: TABLE_STYLE_IDS[FONT_SIZE.wu],
		name: 'Niudai table text',
		basedOn: 'Normal',
		quickFormat: false,
		run: { size: FONT_SIZE.wu },
		paragraph: { spacing: { before: 0, after: 0, line: 276 } },
	},
	{
		id: TABLE_STYLE_IDS[FONT_SIZE.xiaoWu],
		name: 'Niudai small table text',
		basedOn: 'Normal',
		quickFormat: false,
		run: { size: FONT_SIZE.xiaoWu },
		paragraph: { spacing: { before: 0, after: 0, line: 240 } },
	},
]

/** Options of `dataTable`. */
export interface DataTableOptions {
	/** The width to fill, in twips. */
	width: number
	/** Font size of the cells: 五号 (default) or 小五 for wide tables. */
	size?: typeof FONT_SIZE.wu | typeof FONT_SIZE.xiaoWu
	/** Make the last row bold (a 合计 row). */
	boldLastRow?: boolean
}

function cell(text: string, width: number, style: string, bold: boolean, header: boolean): TableCell {
	const children = textRuns(text, bold ? { bold } : {})
	if (!header) {
		return new TableCell({
			width: { size: width, type: WidthType.DXA },
			children: [new Paragraph({ style, children })],
		})
	}
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		verticalAlign: VerticalAlignTable.CENTER,
		shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' },
		children: [new Paragraph({ style, children, alignment: AlignmentType.CENTER })],
	})
}

/**
 * A table with a shaded, bold header row that repeats on every page; columns as wide
 * as their content suggests, filling `width`. Cell text is taken literally.
 */
export function dataTable(
	header: readonly string[],
	rows: readonly (readonly string[])[],
	opts: DataTableOptions,
): Table {
	const style = TABLE_STYLE_IDS[opts.size ?? FONT_SIZE.wu]
	const weights = header.map((h, i) => {
		const widest = Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? '')))
		// At least a two-character header plus the cell margins, so short columns never wrap mid-word.
		return Math.min(Math.max(widest, 5), 36) + 1.5
	})
	const total = weights.reduce((a, b) => a + b, 0)
	const widths = weights.map((w) => Math.floor((opts.width * w) / total))
	const headerRow = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: header.map((h, i) => cell(h, widths[i], style, true, true)),
	})
	const bodyRows = rows.map(
		(r, ri) =>
			new TableRow({
				children: header.map((_, i) =>
					cell(r[i] ?? '', widths[i], style, opts.boldLastRow === true && ri === rows.length - 1, false),
				),
			}),
	)
	return new Table({
		width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		columnWidths: widths,
		margins: { top: 40, bottom: 40, left: 80, right: 80 },
		rows: [headerRow, ...bodyRows],
	})
}
