import {
	AlignmentType,
	Document,
	Footer,
	type ISectionOptions,
	LineRuleType,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	TextRun,
} from 'docx'
import { estimatePageNumbersWith } from 'docx/layout'
import type { PlanDocument } from '../../shared/export/planBlocks'
import { planDocument } from '../../shared/export/planDocument'
import { word } from '../../shared/export/planText'
import type { Plan, PlanLang } from '../../shared/plan/planTypes'
import { type DocxBlock, docxBlocks, FONT_SIZE, HEADING_FONT, TABLE_STYLES } from './docxBlocks'
import { type DocxPicture, type FittedPicture, fitPictures } from './fitPictures'

export type { DocxPicture } from './fitPictures'

/** Options of `planToDocx`. */
export interface PlanToDocxOptions {
	/** Language of headings and generated text. Board text is kept as typed. */
	lang: PlanLang
	/** Pictures of the canvas (one per stage) and charts, PNG, in the order they appear. */
	pictures?: readonly DocxPicture[]
	/** One picture of the whole canvas (PNG): shown as the board's picture when `pictures` is not given. */
	canvasPng?: Uint8Array
	/** 联系电话 from the private 计划书信息; shown only when the plan includes private fields. */
	contactPhone?: string | null
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
const TWIPS_PER_INCH = 1440

/** Body text: 宋体 (SimSun) for Chinese, Times New Roman for Latin. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' }

/**
 * Up to this many list rows, the contents' page numbers are worked out when the file
 * is written (laying out a large plan takes too long); above it they are left for Word,
 * which updates the fields when it opens the file.
 */
const MAX_ROWS_FOR_PAGE_NUMBERS = 300

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

/** The pictures to place: given ones, or the one canvas picture; each at most 300 dpi at the size it is printed, all within the byte budget. */
function preparePictures(opts: PlanToDocxOptions): FittedPicture[] {
	const given: DocxPicture[] = opts.pictures
		? [...opts.pictures]
		: opts.canvasPng
			? [{ ref: 'canvas:board', title: word(opts.lang, 'wholeBoard'), png: opts.canvasPng }]
			: []
	return fitPictures(given, {
		maxInches: { width: APPENDIX_WIDTH / TWIPS_PER_INCH, height: (APPENDIX_HEIGHT * 0.8) / TWIPS_PER_INCH },
	})
}

/**
 * The Word sections of a plan document: the cover (portrait, no page number), the body
 * (portrait, the contents then 一 … 十二, "第 X 页" in the footer) and the appendices
 * (landscape, for the wide lists and the pictures).
 */
export function docxSections(doc: PlanDocument, pictures: readonly FittedPicture[]): ISectionOptions[] {
	const byRef = new Map(pictures.map((p) => [p.ref, p]))
	const portrait = { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: BODY_MARGIN }
	const landscape = { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: APPENDIX_MARGIN }
	const sections: ISectionOptions[] = []
	for (const part of doc.parts) {
		const appendix = part.kind === 'appendix'
		const ctx = {
			lang: doc.lang,
			width: appendix ? APPENDIX_WIDTH : BODY_WIDTH,
			height: appendix ? APPENDIX_HEIGHT : BODY_HEIGHT,
			pictures: byRef,
		}
		const children: DocxBlock[] = part.blocks.flatMap((b) => docxBlocks(b, ctx))
		if (children.length === 0) continue
		if (part.kind === 'cover') sections.push({ properties: { page: portrait }, children })
		else {
			sections.push({
				properties: {
					page: part.kind === 'body' ? { ...portrait, pageNumbers: { start: 1 } } : landscape,
				},
				footers: { default: footer(doc.lang) },
				children,
			})
		}
	}
	return sections
}

/**
 * The 项目计划书 as a Word document (.docx): `planDocument` (the same document as the
 * Markdown and the print page) laid out on A4 — a cover, a 目录 (a TOC field with page
 * numbers worked out when the file is written, and Word told to update fields when it
 * opens it), 一 … 十二 as Heading 1 with numbered Heading 2 / 3 parts, and 附件 on
 * landscape pages with the lists and one picture per canvas stage. Tables have fixed
 * column widths in which figures and dates never break; 宋体 / 黑体 with Latin
 * fallbacks; Chinese body paragraphs indented two characters. Board text goes in as
 * plain text runs, never as markup.
 */
export async function planToDocx(plan: Plan, opts: PlanToDocxOptions): Promise<Uint8Array> {
	const { lang } = opts
	const pictures = preparePictures(opts)
	const doc = planDocument(plan, {
		lang,
		pictures: pictures.map((p) => ({ ref: p.ref, title: p.title })),
		contactPhone: opts.contactPhone,
	})
	const listRows =
		plan.needs.length + plan.resources.length + plan.projects.length + plan.actors.length + plan.matches.length
	return documentToDocx(doc, {
		pictures,
		description: lang === 'zh' ? '由纽带白板生成的项目计划书' : 'A project plan generated from a Niudai board',
		contents: true,
		estimatePageNumbers: listRows <= MAX_ROWS_FOR_PAGE_NUMBERS,
	})
}

/** How `documentToDocx` writes a document. */
export interface DocumentToDocxOptions {
	/** The pictures the document refers to (none by default). */
	pictures?: readonly FittedPicture[]
	/** The file's description (its properties). */
	description: string
	/** The document has a 目录: Word is told to update its fields when it opens the file. */
	contents?: boolean
	/** Work the contents' page numbers out when the file is written (small documents only). */
	estimatePageNumbers?: boolean
}

/**
 * A renderer-neutral document (the 项目计划书, the 会议纪要) as a Word file on A4: its parts
 * as sections (see `docxSections`), 宋体 / 黑体 with Latin fallbacks, headings as Word's
 * Heading 1–3 styles, tables with fixed column widths.
 */
export async function documentToDocx(doc: PlanDocument, opts: DocumentToDocxOptions): Promise<Uint8Array> {
	const { lang } = doc
	const pictures = opts.pictures ?? []
	const document = new Document({
		creator: '纽带 Niudai',
		title: doc.title.replace(/[\u0000-\u001f]/g, ''),
		description: opts.description,
		...(opts.contents ? { features: { updateFields: true } } : {}),
		...(opts.estimatePageNumbers ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
		styles: {
			paragraphStyles: TABLE_STYLES,
			default: {
				document: {
					run: {
						font: BODY_FONT,
						size: FONT_SIZE.xiaoSi,
						// Latin text and digits stay en-US even in a Chinese plan: with a Chinese Western language, LibreOffice breaks numbers (306,50|0).
						language: { value: lang === 'zh' ? 'en-US' : 'en-GB', eastAsia: 'zh-CN' },
					},
				},
				heading1: {
					run: { font: HEADING_FONT, size: FONT_SIZE.san, bold: true, color: '000000' },
					paragraph: { spacing: { before: 360, after: 240, line: 480, lineRule: LineRuleType.EXACT }, keepNext: true },
				},
				heading2: {
					run: { font: HEADING_FONT, size: FONT_SIZE.si, bold: true, color: '000000' },
					paragraph: { spacing: { before: 240, after: 120, line: 420, lineRule: LineRuleType.EXACT }, keepNext: true },
				},
				heading3: {
					run: { font: HEADING_FONT, size: FONT_SIZE.xiaoSi, bold: true, color: '000000' },
					paragraph: { spacing: { before: 200, after: 100, line: 400, lineRule: LineRuleType.EXACT }, keepNext: true },
				},
			},
		},
		sections: docxSections(doc, pictures),
	})
	const buffer = await Packer.toBuffer(document)
	return new Uint8Array(buffer)
}
