import {
	DocumentRecordType,
	type TLDefaultColorStyle,
	TLDOCUMENT_ID,
	type TLDocument,
	type TLFrameShape,
	type TLNoteShape,
	type TLParentId,
	type TLRecord,
	type TLShapeId,
	type TLTextShape,
	toRichText,
} from '@tldraw/tlschema'
import { getIndexAbove, type IndexKey, type JsonValue } from '@tldraw/utils'
import { buildLinkArrow } from '../domain/buildLinkArrow'
import { CARD_SIZE, defaultCardProps } from '../domain/cardDefaults'
import type { CardKind, CardPropsByKind, LinkMeta } from '../domain/cardProps'
import type { TLCardShape } from '../domain/cardShapeTypes'
import { deriveLinkType } from '../domain/deriveLink'
import type { Mechanism, Strategy } from '../domain/enums'
import { type PlanInfo, planInfoMetaKey } from '../plan/planInfo'
import { type LaneMeta, laneMetaToFrameMeta } from './laneMeta'
import { CELL_GAP, LANE_PAD } from './layoutConstants'
import type { TemplateId } from './templateIds'
import type { LocalizedText, Point, TemplateContext, TemplateLang } from './templateTypes'
import { tidyGridPositions } from './tidyGridPositions'

/** A rectangle in template coordinates (page orientation, relative to the template's origin). */
export interface Box {
	x: number
	y: number
	w: number
	h: number
}

/** A frame the builder made: its id, where it is, and what it means. */
export interface FrameHandle {
	id: TLShapeId
	/** Template coordinates of the frame. */
	box: Box
	lane: LaneMeta
}

/** A card the builder made. */
export interface CardHandle<K extends CardKind = CardKind> {
	id: TLShapeId
	kind: K
	/** Template coordinates of the card. */
	box: Box
}

/** What a new frame is: where (relative to its parent frame, or to the template's origin), its name and lane. */
export interface FrameSpec {
	parent?: FrameHandle
	x: number
	y: number
	w: number
	h: number
	name: LocalizedText
	lane: Omit<LaneMeta, 'template'>
	color?: TLDefaultColorStyle
}

/** The data of an arrow between two cards; the link type comes from the cards' kinds. */
export interface LinkSpec {
	mechanism?: Mechanism
	strategy?: Strategy
	quantity?: number | null
	unit?: string
	note?: string
}

/** The side of a tldraw sticky note at scale 1. */
export const NOTE_SIZE = 200
/** A note's label: padding, font size of size `s` and line height (tldraw's defaults). */
const NOTE_PADDING = 16
const NOTE_FONT_PX = 18
const NOTE_LINE_HEIGHT = 1.35

/**
 * How much taller than NOTE_SIZE a size-`s` note must be for `text`: an estimate that
 * counts a CJK or full-width character as one em and any other as 0.6 em, and adds a line.
 */
export function noteGrowY(text: string): number {
	const perLine = (NOTE_SIZE - 2 * NOTE_PADDING) / NOTE_FONT_PX
	let lines = 1
	for (const paragraph of text.split('\n')) {
		let width = 0
		for (const ch of paragraph) width += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6
		lines += Math.max(1, Math.ceil(width / perLine))
	}
	const height = lines * NOTE_FONT_PX * NOTE_LINE_HEIGHT + 2 * NOTE_PADDING
	return Math.max(0, Math.ceil(height - NOTE_SIZE))
}

/**
 * The card shapes' props are known to TypeScript through the module augmentation in
 * cardShapeTypes.ts, but a record built for a generic kind `K` cannot be narrowed to
 * the `TLShape` union member for `K`; this is the one place that says so.
 */
function asCardShape<K extends CardKind>(shape: {
	id: TLShapeId
	typeName: 'shape'
	type: K
	x: number
	y: number
	rotation: number
	index: IndexKey
	parentId: TLParentId
	isLocked: boolean
	opacity: number
	props: CardPropsByKind[K]
	meta: Record<string, never>
}): TLCardShape {
	return shape as unknown as TLCardShape
}

/**
 * Builds a template's records: frames (locked, nested by `parent`), cards, arrows with
 * their bindings, text and notes. Keeps `index` keys valid and unique among siblings,
 * and places every top-level shape relative to the context's origin. A template may
 * also set the board's document meta (the 计划书信息, `plan.<field>`): `records()` then
 * starts with a document record carrying it, which consumers merge into the board's own
 * document record (`mergeTemplateRecords`) rather than put as is.
 */
export class TemplateBuilder {
	private readonly out: TLRecord[] = []
	private readonly lastIndex = new Map<TLParentId, IndexKey | null>()
	private readonly documentMeta: Record<string, JsonValue> = {}

	constructor(
		private readonly ctx: TemplateContext,
		readonly templateId: TemplateId,
	) {
		this.lastIndex.set(ctx.pageId, ctx.indexAbove ?? null)
	}

	/** The canvas language. */
	get lang(): TemplateLang {
		return this.ctx.lang
	}

	/** `text` in the canvas language. */
	t(text: LocalizedText): string {
		return text[this.ctx.lang]
	}

	/**
	 * The records built so far: first a document record when the template set document
	 * meta (see `setDocumentMeta`), then the shapes and bindings in the order made.
	 */
	records(): TLRecord[] {
		if (Object.keys(this.documentMeta).length === 0) return [...this.out]
		const doc: TLDocument = DocumentRecordType.create({ id: TLDOCUMENT_ID, meta: { ...this.documentMeta } })
		return [doc, ...this.out]
	}

	/** Sets one key of the board's document meta (kept until the end; a later call for the same key wins). */
	setDocumentMeta(key: string, value: JsonValue): void {
		this.documentMeta[key] = value
	}

	/**
	 * Sets the board's 计划书信息 fields given (`plan.<field>` in the document meta). The
	 * private 电话 is not among them: it belongs in the board's private document.
	 */
	setPlanInfo(info: Partial<PlanInfo>): void {
		for (const [key, value] of Object.entries(info) as [keyof PlanInfo, PlanInfo[keyof PlanInfo]][]) {
			if (value === undefined) continue
			this.setDocumentMeta(planInfoMetaKey(key), value)
		}
	}

	private nextIndex(parentId: TLParentId): IndexKey {
		const index = getIndexAbove(this.lastIndex.get(parentId) ?? null)
		this.lastIndex.set(parentId, index)
		return index
	}

	/** Parent id and parent-relative position of a shape at template point `at`. */
	private place(at: Point, parent?: FrameHandle): { parentId: TLParentId; x: number; y: number } {
		if (parent) return { parentId: parent.id, x: at.x - parent.box.x, y: at.y - parent.box.y }
		return { parentId: this.ctx.pageId, x: this.ctx.origin.x + at.x, y: this.ctx.origin.y + at.y }
	}

	/** A locked frame; `x`/`y` are relative to the parent frame (or to the origin at top level). */
	frame(spec: FrameSpec): FrameHandle {
		const box: Box = {
			x: (spec.parent?.box.x ?? 0) + spec.x,
			y: (spec.parent?.box.y ?? 0) + spec.y,
			w: spec.w,
			h: spec.h,
		}
		const lane: LaneMeta = { template: this.templateId, ...spec.lane }
		const { parentId, x, y } = this.place(box, spec.parent)
		const shape: TLFrameShape = {
			id: this.ctx.createId(),
			typeName: 'shape',
			type: 'frame',
			x,
			y,
			rotation: 0,
			index: this.nextIndex(parentId),
			parentId,
			isLocked: true,
			opacity: 1,
			props: { w: spec.w, h: spec.h, name: this.t(spec.name), color: spec.color ?? 'black' },
			meta: laneMetaToFrameMeta(lane),
		}
		this.out.push(shape)
		return { id: shape.id, box, lane }
	}

	/**
	 * A card at template point `at`, on the page (not inside a frame: a locked frame
	 * locks its children, so cards only lie over their lane).
	 */
	card<K extends CardKind>(kind: K, at: Point, props: Partial<CardPropsByKind[K]>): CardHandle<K> {
		const full: CardPropsByKind[K] = { ...defaultCardProps(kind), ...props }
		const { parentId, x, y } = this.place(at)
		const id = this.ctx.createId()
		this.out.push(
			asCardShape({
				id,
				typeName: 'shape',
				type: kind,
				x,
				y,
				rotation: 0,
				index: this.nextIndex(parentId),
				parentId,
				isLocked: false,
				opacity: 1,
				props: full,
				meta: {},
			}),
		)
		const handle: CardHandle<K> = { id, kind, box: { x: at.x, y: at.y, w: full.w, h: full.h } }
		return handle
	}

	/**
	 * Cards laid out in a tidy grid over `lane`, `columns` to a row, each `CARD_SIZE`.
	 * Throws when they do not fit: lanes are sized for their template's cards.
	 */
	cardsInLane<K extends CardKind>(
		lane: FrameHandle,
		kind: K,
		columns: number,
		list: readonly Partial<CardPropsByKind[K]>[],
	): CardHandle<K>[] {
		const { w, h } = CARD_SIZE[kind]
		const cells = tidyGridPositions(list.length, { columns, cellW: w, cellH: h, gap: CELL_GAP, padding: LANE_PAD })
		return list.map((props, i) => {
			const cell = cells[i]
			if (cell.x + w > lane.box.w || cell.y + h > lane.box.h) {
				throw new Error(`${this.templateId}: card ${i + 1} of ${list.length} does not fit in lane ${lane.id}`)
			}
			return this.card(kind, { x: lane.box.x + cell.x, y: lane.box.y + cell.y }, props)
		})
	}

	/**
	 * An arrow from one card to another, bound at both ends, with `meta.link` derived
	 * from the two kinds and a label as the client would write it. Throws when the kinds
	 * make no link.
	 */
	link(from: CardHandle, to: CardHandle, spec: LinkSpec = {}): TLShapeId {
		const type = deriveLinkType(from.kind, to.kind)
		if (!type) throw new Error(`${this.templateId}: no link from a ${from.kind} to a ${to.kind}`)
		const link: LinkMeta = {
			type,
			mechanism: type === 'allocation' ? (spec.mechanism ?? '') : '',
			strategy: type === 'allocation' ? (spec.strategy ?? '') : '',
			quantity: spec.quantity ?? null,
			unit: spec.unit ?? '',
			note: spec.note ?? '',
		}
		const start = { x: from.box.x + from.box.w / 2, y: from.box.y + from.box.h / 2 }
		const { parentId, x, y } = this.place(start)
		// Template coordinates → the arrow's parent space: the same shift for both ends.
		const shift = (h: CardHandle) => ({ id: h.id, ...h.box, x: h.box.x + x - start.x, y: h.box.y + y - start.y })
		const records = buildLinkArrow(shift(from), shift(to), {
			arrowId: this.ctx.createId(),
			startBindingId: this.ctx.createBindingId(),
			endBindingId: this.ctx.createBindingId(),
			pageId: parentId,
			index: this.nextIndex(parentId),
			link,
			lang: this.ctx.lang,
		})
		this.out.push(...records)
		return records[0].id
	}

	/** A locked text label at template point `at` (inside `parent` when given), optionally rotated. */
	label(spec: { parent?: FrameHandle; at: Point; text: LocalizedText; rotation?: number }): TLShapeId {
		const { parentId, x, y } = this.place(spec.at, spec.parent)
		const shape: TLTextShape = {
			id: this.ctx.createId(),
			typeName: 'shape',
			type: 'text',
			x,
			y,
			rotation: spec.rotation ?? 0,
			index: this.nextIndex(parentId),
			parentId,
			isLocked: true,
			opacity: 1,
			props: {
				color: 'grey',
				size: 'm',
				font: 'sans',
				textAlign: 'start',
				w: 8,
				richText: toRichText(this.t(spec.text)),
				scale: 1,
				autoSize: true,
			},
			meta: {},
		}
		this.out.push(shape)
		return shape.id
	}

	/**
	 * A sticky note on the page at template point `at`, tall enough for its text (tldraw
	 * grows a note only when it creates or edits it, not when its record is put as is).
	 * Returns its id and template box, so callers can stack notes.
	 */
	note(spec: { at: Point; text: LocalizedText; color?: TLDefaultColorStyle }): { id: TLShapeId; box: Box } {
		const { parentId, x, y } = this.place(spec.at)
		const text = this.t(spec.text)
		const growY = noteGrowY(text)
		const shape: TLNoteShape = {
			id: this.ctx.createId(),
			typeName: 'shape',
			type: 'note',
			x,
			y,
			rotation: 0,
			index: this.nextIndex(parentId),
			parentId,
			isLocked: false,
			opacity: 1,
			props: {
				color: spec.color ?? 'yellow',
				labelColor: 'black',
				size: 's',
				font: 'sans',
				fontSizeAdjustment: 1,
				align: 'start',
				verticalAlign: 'start',
				growY,
				url: '',
				richText: toRichText(text),
				scale: 1,
				textLastEditedBy: null,
			},
			meta: {},
		}
		this.out.push(shape)
		return { id: shape.id, box: { x: spec.at.x, y: spec.at.y, w: NOTE_SIZE, h: NOTE_SIZE + growY } }
	}
}
