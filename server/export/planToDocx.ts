import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	type ISectionOptions,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	Table,
	TableCell,
	TableOfContents,
	TableRow,
	TextRun,
	VerticalAlignTable,
	WidthType,
} from 'docx'
import { estimatePageNumbersWith } from 'docx/layout'
import { PLAN_SECTIONS } from '../../shared/export/planSections'
import { planCover } from '../../shared/plan/planCover'
import type { Plan, PlanLang } from '../../shared/plan/planTypes'
import { FONT_SIZE, heading, noDataPara, TABLE_STYLES, textRuns } from './docxBlocks'
import { DOCX_SECTION_BUILDERS, type DocxBlock } from './planDocxSections'

/** Options of `planToDocx`. */
export interface PlanToDocxOptions {
	/** Language of headings and generated text. Card text is kept as typed. */
	lang: PlanLang
	/** A picture of the canvas (PNG), placed in 附件. */
	canvasPng?: Uint8Array
}

/** A4 in twips, portrait. */
const A4 = { width: 11906, height: 16838 }
/** Margins of the body pages (Word's default for Chinese documents: 2.54 cm top/bottom, 3.17 cm left/right). */
const BODY_MARGIN = { top: 1440, bottom: 1440, left: 1800, right: 1800 }
/** Margins of the landscape appendix pages (2.54 cm all round). */
const APPENDIX_MARGIN = { top: 1440, bottom: 1440, left: 1440, right: 1440 }
const BODY_WIDTH = A4.width - BODY_MARGIN.left - BODY_MARGIN.right
const BODY_HEIGHT = A4.height - BODY_MARGIN.top - BODY_MARGIN.bottom
const APPENDIX_WIDTH = A4.height - APPENDIX_MARGIN.left - APPENDIX_MARGIN.right
const APPENDIX_HEIGHT = A4.width - APPENDIX_MARGIN.top - APPENDIX_MARGIN.bottom

/** Body text: 宋体 (SimSun) for Chinese, Times New Roman for Latin. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' }
/** Headings: 黑体 (SimHei) for Chinese, Arial for Latin. */
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei', cs: 'Arial' }

/**
 * Up to this many list rows, the contents' page numbers are worked out when the file
 * is written (laying out a large plan takes too long); above it, Word fills them in
 * when it opens the file (it asks to update the fields).
 */
const MAX_ROWS_FOR_PAGE_NUMBERS = 300

function pick(lang: PlanLang, zh: string, en: string): string {
	return lang === 'zh' ? zh : en
}

function footer(lang: PlanLang): Footer {
	return new Footer({
		children: [
			new Paragraph({
				alignment: AlignmentType.CENTER,
				children: [
					new TextRun({
						children: lang === 'zh' ? ['第 ', PageNumber.CURRENT, ' 页'] : ['Page ', PageNumber.CURRENT],
						size: FONT_SIZE.xiaoWu,
					}),
				],
			}),
		],
	})
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const

/** The cover (封面): the plan's name, then 项目名称 / 申报单位 / 执行单位 / 联系方式 / 日期 as a form. */
function coverBlocks(plan: Plan, lang: PlanLang): DocxBlock[] {
	const c = planCover(plan)
	const notFilled = pick(lang, '（未填写）', '(not filled in)')
	const rows: [string, string][] = [
		[pick(lang, '项目名称', 'Project name'), c.name],
		[pick(lang, '申报单位', 'Applicant'), c.applicant || notFilled],
		[
			pick(lang, '执行单位', 'Executing bodies'),
			c.executingBodies.length ? c.executingBodies.join(lang === 'zh' ? '、' : ', ') : notFilled,
		],
	]
	if (c.contact !== null) rows.push([pick(lang, '联系方式', 'Contact'), c.contact || notFilled])
	rows.push([pick(lang, '日期', 'Date'), c.date])
	const title = plan.title.trim() || pick(lang, '未命名白板', 'Untitled board')
	const labelW = 2200
	const valueW = 5200
	const form = new Table({
		alignment: AlignmentType.CENTER,
		width: { size: labelW + valueW, type: WidthType.DXA },
		columnWidths: [labelW, valueW],
		borders: {
			top: NO_BORDER,
			bottom: NO_BORDER,
			left: NO_BORDER,
			right: NO_BORDER,
			insideHorizontal: NO_BORDER,
			insideVertical: NO_BORDER,
		},
		rows: rows.map(
			([label, value]) =>
				new TableRow({
					height: { value: 640, rule: 'atLeast' },
					children: [
						new TableCell({
							width: { size: labelW, type: WidthType.DXA },
							verticalAlign: VerticalAlignTable.BOTTOM,
							borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
							children: [
								new Paragraph({
									// 项目名称 style: Chinese labels spread over the cell, as on printed forms.
									alignment: lang === 'zh' ? AlignmentType.DISTRIBUTE : AlignmentType.LEFT,
									children: textRuns(`${label}${lang === 'zh' ? '：' : ':'}`, { bold: true, size: FONT_SIZE.si }),
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
	return [
		new Paragraph({ spacing: { before: 2400 }, children: [] }),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { after: 360 },
			children: textRuns(title, { bold: true, size: FONT_SIZE.er, font: HEADING_FONT }),
		}),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { after: 2400 },
			children: textRuns(pick(lang, '项目计划书', 'Project plan'), {
				bold: true,
				size: FONT_SIZE.er,
				font: HEADING_FONT,
			}),
		}),
		form,
	]
}

/**
 * The 项目计划书 as a Word document (.docx), following PRODUCT.md's outline in the
 * order of `PLAN_SECTIONS`: a cover page (封面), a table of contents, then 一 … 十二 as
 * Heading 1 (sub-parts as Heading 2 / 3, so the contents and the navigation pane list
 * them), and 附件 on landscape pages with the four lists and, when given, the canvas
 * picture scaled to the page. Tables are filled from the plan (needs with urgency and
 * source, resources by sector, actors and their roles, the match table by mechanism,
 * budget, indicators target against actual); a section without data says so in the
 * sentence `PLAN_SECTIONS` gives it. A4, 宋体 / 黑体 with Latin fallbacks, "第 X 页"
 * (or "Page X") in the footer. Card text goes in as plain text runs, never as markup.
 */
export async function planToDocx(plan: Plan, opts: PlanToDocxOptions): Promise<Uint8Array> {
	const { lang } = opts
	const body: DocxBlock[] = [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { after: 240 },
			children: textRuns(pick(lang, '目录', 'Contents'), { bold: true, size: FONT_SIZE.san, font: HEADING_FONT }),
		}),
		new TableOfContents(pick(lang, '目录', 'Contents'), { hyperlink: true, headingStyleRange: '1-2' }),
	]
	const appendix: DocxBlock[] = []
	for (const [i, section] of PLAN_SECTIONS.entries()) {
		if (section.id === 'cover') continue
		const ctx = {
			plan,
			lang,
			width: section.id === 'appendix' ? APPENDIX_WIDTH : BODY_WIDTH,
			height: section.id === 'appendix' ? APPENDIX_HEIGHT : BODY_HEIGHT,
			canvasPng: opts.canvasPng,
		}
		const content = DOCX_SECTION_BUILDERS[section.id](ctx) ?? [noDataPara(section.empty[lang])]
		// The first numbered section starts on the page after the contents.
		const blocks = [heading(1, section[lang], { pageBreakBefore: i === 1 }), ...content]
		if (section.id === 'appendix') appendix.push(...blocks)
		else body.push(...blocks)
	}

	const portrait = { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: BODY_MARGIN }
	const sections: ISectionOptions[] = [
		{ properties: { page: portrait }, children: coverBlocks(plan, lang) },
		{
			properties: { page: { ...portrait, pageNumbers: { start: 1 } } },
			footers: { default: footer(lang) },
			children: body,
		},
		{
			properties: {
				page: {
					// docx swaps width and height for a landscape page.
					size: { ...A4, orientation: PageOrientation.LANDSCAPE },
					margin: APPENDIX_MARGIN,
				},
			},
			footers: { default: footer(lang) },
			children: appendix,
		},
	]
	const listRows =
		plan.needs.length + plan.resources.length + plan.projects.length + plan.actors.length + plan.matches.length
	const doc = new Document({
		creator: '纽带 Niudai',
		title: `${plan.title} ${pick(lang, '项目计划书', 'Project plan')}`.replace(/[\u0000-\u001f]/g, ''),
		description: pick(lang, '由纽带白板生成的项目计划书', 'A project plan generated from a Niudai board'),
		...(listRows <= MAX_ROWS_FOR_PAGE_NUMBERS
			? { pageNumbers: estimatePageNumbersWith({ guess: true }) }
			: { features: { updateFields: true } }),
		styles: {
			paragraphStyles: TABLE_STYLES,
			default: {
				document: {
					run: {
						font: BODY_FONT,
						size: FONT_SIZE.xiaoSi,
						language: { value: lang === 'zh' ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN' },
					},
				},
				heading1: {
					run: { font: HEADING_FONT, size: FONT_SIZE.san, bold: true, color: '000000' },
					paragraph: { spacing: { before: 360, after: 240 }, keepNext: true },
				},
				heading2: {
					run: { font: HEADING_FONT, size: FONT_SIZE.si, bold: true, color: '000000' },
					paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
				},
				heading3: {
					run: { font: HEADING_FONT, size: FONT_SIZE.xiaoSi, bold: true, color: '000000' },
					paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
				},
			},
		},
		sections,
	})
	const buffer = await Packer.toBuffer(doc)
	return new Uint8Array(buffer)
}
