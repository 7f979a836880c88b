import type { SerializedSchema } from '@tldraw/store'
import {
	createTLSchema,
	type TLDefaultColorStyle,
	type TLRecord,
	type TLRichText,
	type TLSchema,
	toRichText,
} from '@tldraw/tlschema'
import type { CardKind } from '../domain/cardProps'
import { isCardKind } from '../domain/cardProps'
import { validateLinkMeta } from '../domain/cardValidators'
import { LINK_META_KEY, linkLabel } from '../domain/deriveLink'
import { readPlanInfo, volunteerHourValue } from '../plan/planInfo'
import type { PlainRecord } from '../ydocLayout'
import { type CardFacts, cardFacts } from './cardFacts'

/** A `.tldr` file as tldraw writes and reads it (`TldrawFile` of the tldraw package). */
export interface TldrawFileJson {
	tldrawFileFormatVersion: 1
	schema: SerializedSchema
	records: TLRecord[]
}

/** A record left out of the tldraw file, and why. */
export interface TldrawFileSkip {
	readonly id: string
	readonly message: string
}

/** Each card kind's colour in the tldraw file: the tldraw colour nearest the card's accent. */
export const CARD_TLDRAW_COLORS: Readonly<Record<CardKind, TLDefaultColorStyle>> = {
	need: 'orange',
	resource: 'blue',
	actor: 'violet',
	project: 'green',
}

/** The label scale of a card's rectangle: small text, so a card's facts fit the card's size on the board. */
export const CARD_LABEL_SCALE = 0.7

/** tldraw's geo label: font size (size `s`), line height and padding, in unscaled units. */
const LABEL_FONT_PX = 18
const LABEL_LINE_PX = LABEL_FONT_PX * 1.35
const LABEL_PADDING_PX = 16

/** The record types a tldraw file carries (the document scope). */
const FILE_RECORD_TYPES: ReadonlySet<string> = new Set(['document', 'page', 'shape', 'binding', 'asset'])

let defaultSchema: TLSchema | undefined

/** tldraw's own schema: its default shapes and bindings only, as tldraw.com reads files with. */
export function tldrawDefaultSchema(): TLSchema {
	defaultSchema ??= createTLSchema()
	return defaultSchema
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The plain text of a rich text document (its text nodes, in order). */
export function richTextPlain(richText: unknown): string {
	if (!isObject(richText)) return ''
	const own = typeof richText.text === 'string' ? richText.text : ''
	const content = Array.isArray(richText.content) ? richText.content : []
	const inner = content.map(richTextPlain)
	return own + inner.join(richText.type === 'doc' ? '\n' : '')
}

function paragraph(text: string, bold = false): Record<string, unknown> {
	return { type: 'paragraph', content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }] }
}

/** A card's words as rich text: "需求 · title" in bold, then one paragraph per fact. */
export function cardRichText(facts: CardFacts): TLRichText {
	const heading = facts.title ? `${facts.kind} · ${facts.title}` : facts.kind
	return { type: 'doc', content: [paragraph(heading, true), ...facts.facts.map((f) => paragraph(f))] }
}

/** Width of `text` in ems: wide (CJK, fullwidth) characters 1, others about 0.55. */
function textEms(text: string): number {
	let ems = 0
	for (const ch of text)
		ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
			? 1
			: 0.55
	return ems
}

/**
 * How much taller than `h` a card's rectangle must grow for its words (tldraw's `growY`,
 * in page units): an estimate from the lines the paragraphs wrap to at the label's size.
 */
function growYFor(lines: readonly string[], w: number, h: number): number {
	const labelWidth = Math.max(LABEL_FONT_PX, w / CARD_LABEL_SCALE - 2 * LABEL_PADDING_PX - 8)
	const rows = lines.reduce((sum, l) => sum + Math.max(1, Math.ceil((textEms(l) * LABEL_FONT_PX) / labelWidth)), 0)
	const needed = (rows * LABEL_LINE_PX + 2 * LABEL_PADDING_PX) * CARD_LABEL_SCALE
	return Math.max(0, Math.ceil(needed - h))
}

function positive(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback
}

/** A card as a tldraw rectangle in the card's colour, at its place and size, its words as the label. */
function cardAsGeo(rec: PlainRecord, kind: CardKind, lang: 'zh' | 'en', hourValue: number): PlainRecord {
	const props = isObject(rec.props) ? rec.props : {}
	const facts = cardFacts(kind, props, lang, hourValue)
	const richText = cardRichText(facts)
	const w = positive(props.w, 240)
	const h = positive(props.h, 150)
	const lines = [facts.title ? `${facts.kind} · ${facts.title}` : facts.kind, ...facts.facts]
	return {
		...rec,
		type: 'geo',
		props: {
			geo: 'rectangle',
			dash: 'solid',
			url: '',
			w,
			h,
			growY: growYFor(lines, w, h),
			scale: CARD_LABEL_SCALE,
			flipX: false,
			flipY: false,
			labelColor: 'black',
			color: CARD_TLDRAW_COLORS[kind],
			fill: 'solid',
			size: 's',
			font: 'sans',
			align: 'start',
			verticalAlign: 'start',
			richText,
		},
	}
}

/** A link arrow keeps its label; one whose label is empty gets its link's label (mechanism or relation). */
function labelledArrow(rec: PlainRecord, lang: 'zh' | 'en'): PlainRecord {
	const props = isObject(rec.props) ? rec.props : null
	const link = isObject(rec.meta) ? validateLinkMeta(rec.meta[LINK_META_KEY]) : null
	if (!props || !link || richTextPlain(props.richText).trim() !== '') return rec
	return { ...rec, props: { ...props, richText: toRichText(linkLabel(link, lang)) } }
}

function convert(rec: PlainRecord, lang: 'zh' | 'en', hourValue: number): PlainRecord {
	if (rec.typeName !== 'shape') return rec
	if (isCardKind(rec.type)) return cardAsGeo(rec, rec.type, lang, hourValue)
	if (rec.type === 'arrow') return labelledArrow(rec, lang)
	return rec
}

/** Records that point at a left-out record (a shape's parent, a binding's shapes), left out too. */
function withoutDangling(records: TLRecord[], skipped: TldrawFileSkip[]): TLRecord[] {
	let kept = records
	for (;;) {
		const ids = new Set<string>(kept.map((r) => r.id))
		const next = kept.filter((r) => {
			const missing =
				r.typeName === 'shape'
					? [r.parentId].filter((id) => !ids.has(id))
					: r.typeName === 'binding'
						? [r.fromId, r.toId].filter((id) => !ids.has(id))
						: []
			if (missing.length > 0) skipped.push({ id: r.id, message: `points at ${missing.join(', ')}, not in the file` })
			return missing.length === 0
		})
		if (next.length === kept.length) return next
		kept = next
	}
}

/**
 * A board as a `.tldr` file that tldraw itself opens (tldraw.com, or any editor with
 * only tldraw's default shapes): every card becomes a `geo` rectangle in its kind's
 * colour, at the card's place and size, whose label says its kind, title and the facts
 * that matter (`cardFacts`); link arrows stay arrows bound to those rectangles at both
 * ends, labelled with their mechanism or relation; frames, lanes, notes, drawings and
 * assets — already tldraw's own — pass through. Written with tldraw's default schema.
 *
 * `records` are a board's records at the current board schema (session records are left
 * out). A record tldraw would refuse is left out (with what points at it) and listed in
 * `skipped`, so one damaged record does not make the whole file unreadable. Pure.
 */
export function boardToTldrawFile(
	records: readonly PlainRecord[],
	opts: { lang: 'zh' | 'en' },
): { file: TldrawFileJson; skipped: TldrawFileSkip[] } {
	const schema = tldrawDefaultSchema()
	const document = records.find((r) => r.typeName === 'document')
	const hourValue = volunteerHourValue(readPlanInfo(document?.meta))
	const skipped: TldrawFileSkip[] = []
	const valid: TLRecord[] = []
	for (const rec of records) {
		if (!FILE_RECORD_TYPES.has(rec.typeName)) continue
		const converted = convert(rec, opts.lang, hourValue)
		const type = schema.types[converted.typeName as keyof typeof schema.types]
		try {
			valid.push(type.validate(converted) as TLRecord)
		} catch (error) {
			skipped.push({ id: rec.id, message: error instanceof Error ? error.message : String(error) })
		}
	}
	return {
		file: { tldrawFileFormatVersion: 1, schema: schema.serialize(), records: withoutDangling(valid, skipped) },
		skipped,
	}
}
