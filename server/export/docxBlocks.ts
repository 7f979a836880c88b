import {
	AlignmentType,
	BorderStyle,
	HeadingLevel,
	ImageRun,
	LineRuleType,
	PageBreak,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableOfContents,
	TableRow,
	TextRun,
	VerticalAlignTable,
	WidthType,
} from 'docx'
import { columnWidths } from '../../shared/export/columnWidths'
import {
	labelSeparator,
	listMarker,
	type PlanBlock,
	type PlanColumnKind,
	type PlanKeyValueBlock,
	type PlanRun,
	type PlanTableBlock,
	rowSpans,
} from '../../shared/export/planBlocks'
import type { PlanLang } from '../../shared/plan/planTypes'
import type { FittedPicture } from './fitPictures'

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

/** Headings: 黑体 (SimHei) for Chinese, Arial for Latin. */
export const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei', cs: 'Arial' }

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

/** Paragraph styles of table cells, by font size (see `TABLE_STYLES`). */
export const TABLE_STYLE_IDS = { [FONT_SIZE.wu]: 'NiudaiTableText', [FONT_SIZE.xiaoWu]: 'NiudaiTableSmall' } as const

/** The paragraph styles tables use; give them to the document's `styles.paragraphStyles`. */
export const TABLE_STYLES = [
	{
		id: TABLE_STYLE_IDS[FONT_SIZE.wu],
		name: 'Niudai table text',
		basedOn: 'Normal',
		quickFormat: false,
		run: { size: FONT_SIZE.wu },
		paragraph: { spacing: { before: 0, after: 0, line: 300, lineRule: LineRuleType.EXACT } },
	},
	{
		id: TABLE_STYLE_IDS[FONT_SIZE.xiaoWu],
		name: 'Niudai small table text',
		basedOn: 'Normal',
		quickFormat: false,
		run: { size: FONT_SIZE.xiaoWu },
		paragraph: { spacing: { before: 0, after: 0, line: 260, lineRule: LineRuleType.EXACT } },
	},
]

/** One block of a Word section. */
export type DocxBlock = Paragraph | Table | TableOfContents

/** Where blocks are laid out. */
export interface DocxBlockContext {
	lang: PlanLang
	/** The width of the text on the page, in twips. */
	width: number
	/** The height of the text on the page, in twips. */
	height: number
	/** The pictures by reference. */
	pictures: ReadonlyMap<string, FittedPicture>
}

/** Twips in one pixel at 96 dpi (how docx sizes pictures). */
const TWIPS_PER_PX = 15
/** Left plus right margin of table cells, in twips. */
const CELL_MARGIN = 80
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const

function runsOf(runs: readonly PlanRun[], style: RunStyle = {}): TextRun[] {
	return runs.flatMap((r) => textRuns(r.text, { ...style, bold: r.bold || style.bold, italics: r.italic }))
}

/**
 * Body text at a fixed 20 pt line (固定值), as Chinese documents set it: the pages come out
 * the same whatever font stands in for 宋体, so the contents' page numbers hold.
 */
export const BODY_SPACING = { after: 120, line: 400, lineRule: LineRuleType.EXACT } as const

function body(runs: TextRun[], lang: PlanLang): Paragraph {
	// Chinese body text starts each paragraph two characters in (首行缩进 2 字符).
	return new Paragraph({
		children: runs,
		spacing: BODY_SPACING,
		indent: lang === 'zh' ? { firstLine: 2 * FONT_SIZE.xiaoSi * 10 } : undefined,
	})
}

const ALIGN: Record<PlanColumnKind, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
	text: AlignmentType.LEFT,
	number: AlignmentType.RIGHT,
	money: AlignmentType.RIGHT,
	date: AlignmentType.CENTER,
}

function cell(
	text: string,
	width: number,
	opts: {
		style: string
		bold: boolean
		header: boolean
		align: (typeof AlignmentType)[keyof typeof AlignmentType]
		rowSpan?: number
	},
): TableCell {
	const children = [
		new Paragraph({
			style: opts.style,
			alignment: opts.align,
			children: textRuns(text, opts.bold ? { bold: true } : {}),
		}),
	]
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		verticalAlign: opts.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
		shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
		rowSpan: opts.rowSpan && opts.rowSpan > 1 ? opts.rowSpan : undefined,
		children,
	})
}

/**
 * A table with a shaded, bold header row that repeats on every page, fixed column widths
 * (see `columnWidths`: figures and dates are never broken, text columns get at least
 * their minimum), figures right-aligned and dates centred.
 */
function dataTable(b: PlanTableBlock, width: number): Table {
	let size: typeof FONT_SIZE.wu | typeof FONT_SIZE.xiaoWu = b.dense ? FONT_SIZE.xiaoWu : FONT_SIZE.wu
	// A digit is half an em wide: a size in half-points is 10 twips per half-point.
	const widthsAt = (s: number) =>
		columnWidths(b.columns, b.rows, { width, charWidth: (s * 10) / 2, margins: 2 * CELL_MARGIN })
	let { widths, squeezed } = widthsAt(size)
	if (squeezed && size === FONT_SIZE.wu) {
		size = FONT_SIZE.xiaoWu
		;({ widths, squeezed } = widthsAt(size))
	}
	const style = TABLE_STYLE_IDS[size]
	const headerRow = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: b.columns.map((c, i) =>
			cell(c.header, widths[i], { style, bold: true, header: true, align: AlignmentType.CENTER }),
		),
	})
	const spans = rowSpans(b)
	const rows = b.rows.map(
		(r, ri) =>
			new TableRow({
				cantSplit: true,
				// A cell merged into the one above is left out: docx continues the merge in its place.
				children: b.columns.flatMap((c, i) =>
					spans[ri][i] === 0
						? []
						: [
								cell(r[i] ?? '', widths[i], {
									style,
									bold: b.totalRow === true && ri === b.rows.length - 1,
									header: false,
									align: ALIGN[c.kind],
									rowSpan: spans[ri][i],
								}),
							],
				),
			}),
	)
	return new Table({
		width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
		rows: [headerRow, ...rows],
	})
}

/** The cover's form: labels spread over their cell as on printed forms, values underlined. */
function coverForm(b: PlanKeyValueBlock, lang: PlanLang): Table {
	const labelW = 2200
	const valueW = 5200
	return new Table({
		alignment: AlignmentType.CENTER,
		width: { size: labelW + valueW, type: WidthType.DXA },
		columnWidths: [labelW, valueW],
		layout: TableLayoutType.FIXED,
		borders: {
			top: NO_BORDER,
			bottom: NO_BORDER,
			left: NO_BORDER,
			right: NO_BORDER,
			insideHorizontal: NO_BORDER,
			insideVertical: NO_BORDER,
		},
		rows: b.rows.map(
			({ label, value }) =>
				new TableRow({
					height: { value: 640, rule: 'atLeast' },
					children: [
						new TableCell({
							width: { size: labelW, type: WidthType.DXA },
							verticalAlign: VerticalAlignTable.BOTTOM,
							borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
							children: [
								new Paragraph({
									alignment: lang === 'zh' ? AlignmentType.DISTRIBUTE : AlignmentType.LEFT,
									children: textRuns(`${label}${labelSeparator(lang).trim()}`, { bold: true, size: FONT_SIZE.si }),
								}),
							],
						}),
						new TableCell({
							width: { size: valueW, type: WidthType.DXA },
							verticalAlign: VerticalAlignTable.BOTTOM,
							borders: {
								top: NO_BORDER,
								left: NO_BORDER,
								right: NO_BORDER,
								bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
							},
							children: [
								new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(value, { size: FONT_SIZE.si }) }),
							],
						}),
					],
				}),
		),
	})
}

/** A picture scaled to the text width — and to 80% of the text height, to leave room for its caption. */
function picture(p: FittedPicture, ctx: DocxBlockContext, alt: string): Paragraph {
	const maxW = ctx.width / TWIPS_PER_PX
	const maxH = (ctx.height * 0.8) / TWIPS_PER_PX
	const scale = Math.min(maxW / p.width, maxH / p.height)
	return new Paragraph({
		alignment: AlignmentType.CENTER,
		keepNext: true,
		children: [
			new ImageRun({
				type: 'png',
				data: p.png,
				transformation: {
					width: Math.max(1, Math.round(p.width * scale)),
					height: Math.max(1, Math.round(p.height * scale)),
				},
				altText: { name: p.ref, title: p.title, description: alt },
			}),
		],
	})
}

/** The Word blocks of one plan block. */
export function docxBlocks(b: PlanBlock, ctx: DocxBlockContext): DocxBlock[] {
	switch (b.type) {
		case 'title':
			if (b.compact) {
				// The 会议纪要: its title at the top of the first page, the text right below.
				return [
					new Paragraph({
						alignment: AlignmentType.CENTER,
						spacing: { before: 0, after: 120 },
						children: textRuns(b.text, { bold: true, size: FONT_SIZE.san, font: HEADING_FONT }),
					}),
					new Paragraph({
						alignment: AlignmentType.CENTER,
						spacing: { after: 360 },
						children: textRuns(b.subtitle, { bold: true, size: FONT_SIZE.er, font: HEADING_FONT }),
					}),
				]
			}
			return [
				new Paragraph({ spacing: { before: 2400 }, children: [] }),
				new Paragraph({
					alignment: AlignmentType.CENTER,
					spacing: { after: 360 },
					children: textRuns(b.text, { bold: true, size: FONT_SIZE.er, font: HEADING_FONT }),
				}),
				new Paragraph({
					alignment: AlignmentType.CENTER,
					spacing: { after: 2000 },
					children: textRuns(b.subtitle, { bold: true, size: FONT_SIZE.er, font: HEADING_FONT }),
				}),
			]
		case 'heading':
			return [
				new Paragraph({
					heading: HEADINGS[b.level - 1],
					children: textRuns(b.text),
					pageBreakBefore: b.pageBreakBefore,
					keepNext: true,
				}),
			]
		case 'paragraph':
			return [body(runsOf(b.runs), ctx.lang)]
		case 'note':
			return [new Paragraph({ children: textRuns(b.text, { color: '595959' }), spacing: BODY_SPACING })]
		case 'list':
			return b.items.map(
				(item, i) =>
					new Paragraph({
						children: runsOf([{ text: listMarker(b.ordered, i) }, ...item]),
						spacing: { ...BODY_SPACING, after: 80 },
						indent: { left: 420, hanging: 420 },
					}),
			)
		case 'keyValue':
			return [coverForm(b, ctx.lang)]
		case 'table':
			// A little space under each table, so two tables in a row never read as one.
			return [
				dataTable(b, ctx.width),
				new Paragraph({ spacing: { before: 0, after: 0, line: 200, lineRule: LineRuleType.EXACT }, children: [] }),
			]
		case 'image': {
			const p = ctx.pictures.get(b.ref)
			if (!p) return []
			return [
				picture(p, ctx, b.alt),
				new Paragraph({
					alignment: AlignmentType.CENTER,
					spacing: { after: 240 },
					children: textRuns(b.caption, { size: FONT_SIZE.xiaoWu }),
				}),
			]
		}
		case 'pageBreak':
			return [new Paragraph({ children: [new PageBreak()] })]
		case 'toc':
			return [
				new Paragraph({
					alignment: AlignmentType.CENTER,
					spacing: { after: 240 },
					children: textRuns(b.title, { bold: true, size: FONT_SIZE.san, font: HEADING_FONT }),
				}),
				new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-2' }),
			]
	}
}
