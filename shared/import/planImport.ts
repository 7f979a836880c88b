import {
	createBindingId,
	createShapeId,
	type TLBindingId,
	type TLParentId,
	type TLRecord,
	type TLShapeId,
} from '@tldraw/tlschema'
import { getIndexAbove, type IndexKey } from '@tldraw/utils'
import { validateBoardRecords } from '../boardSchema'
import { buildLinkArrow, type LinkEnd } from '../domain/buildLinkArrow'
import { defaultCardProps } from '../domain/cardDefaults'
import { CARD_KIND_LABELS } from '../domain/cardFields'
import { type CardKind, isCardKind, type LinkMeta } from '../domain/cardProps'
import { deriveLinkType } from '../domain/deriveLink'
import type { Mechanism, Strategy } from '../domain/enums'
import { LIST_COLUMNS } from '../export/listColumns'
import type { ImportCounts, ImportedCard, ImportedLink, ImportProblem, ParsedImport } from './importTypes'
import { LIST_CARD_KIND } from './listHeaderAliases'
import { type BoardRecordLike, placeImportedCards } from './placeImportedCards'

/** How `planImport` makes ids and labels; everything has a default. */
export interface PlanImportContext {
	/** The language of the arrow labels; Chinese unless told. */
	readonly lang?: 'zh' | 'en'
	/** The page to add to; the page holding template lanes (else the first page) unless told. */
	readonly pageId?: string
	/** New shape ids (random unless told, e.g. deterministic in tests). */
	readonly createShapeId?: () => TLShapeId
	/** New binding ids. */
	readonly createBindingId?: () => TLBindingId
}

/** The records an import adds to a board, or the problems that refuse it (then `records` is empty). */
export interface PlannedImport {
	readonly records: TLRecord[]
	readonly added: ImportCounts
	readonly problems: ImportProblem[]
}

const NONE: ImportCounts = { needs: 0, resources: 0, projects: 0, actors: 0, links: 0 }

function refused(problems: ImportProblem[]): PlannedImport {
	return { records: [], added: { ...NONE }, problems }
}

function field(rec: BoardRecordLike, key: string): unknown {
	return (rec as unknown as Record<string, unknown>)[key]
}

function num(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** The page to import into: `wanted`, else the first page (by index) holding template lanes, else the first page. */
function choosePage(records: readonly BoardRecordLike[], wanted: string | undefined): string | null {
	const pages = records
		.filter((r) => r.typeName === 'page')
		.sort((a, b) => (String(field(a, 'index')) < String(field(b, 'index')) ? -1 : 1))
	if (wanted) return pages.some((p) => p.id === wanted) ? wanted : null
	const laned = new Set<string>()
	for (const r of records) {
		const meta = field(r, 'meta')
		const parent = field(r, 'parentId')
		if (r.typeName === 'shape' && field(r, 'type') === 'frame' && typeof meta === 'object' && meta !== null) {
			if ('niudai' in meta && typeof parent === 'string') laned.add(parent)
		}
	}
	return (pages.find((p) => laned.has(p.id)) ?? pages[0])?.id ?? null
}

/** The highest index among the page's top-level shapes, so new shapes stack above them. */
function topIndex(records: readonly BoardRecordLike[], pageId: string): IndexKey | null {
	let top: string | null = null
	for (const r of records) {
		if (r.typeName !== 'shape' || field(r, 'parentId') !== pageId) continue
		const index = field(r, 'index')
		if (typeof index === 'string' && (top === null || index > top)) top = index
	}
	return top as IndexKey | null
}

function cardNoun(kind: CardKind): { zh: string; en: string } {
	return CARD_KIND_LABELS[kind]
}

/** The column a validation error points at (`…props.title: …`), as the row's header named it. */
function columnOfError(card: ImportedCard, message: string): string {
	const prop = /props\.(\w+)/.exec(message)?.[1]
	if (!prop) return ''
	return card.columns[prop] ?? LIST_COLUMNS.needs.find((c) => c.key === prop)?.zh ?? prop
}

/**
 * Turns what an import read into the records to add to a board: a card shape per row
 * (card defaults plus the row's props) placed in the board's template lanes or a tidy
 * grid (see `placeImportedCards`), and for each 匹配表 row an arrow with its two
 * bindings, `meta.link` and its label, joining the cards named — by title, among the
 * board's cards and the imported ones of the kind the column says. An unknown or
 * ambiguous name is a problem, as is any record the board schema refuses; with any
 * problem (including those of `parsed`) nothing is added.
 */
export function planImport(
	parsed: ParsedImport,
	existingRecords: Iterable<BoardRecordLike>,
	ctx: PlanImportContext = {},
): PlannedImport {
	if (parsed.problems.length > 0) return refused([...parsed.problems])
	const existing = [...existingRecords]
	const lang = ctx.lang ?? 'zh'
	const newShapeId = ctx.createShapeId ?? (() => createShapeId())
	const newBindingId = ctx.createBindingId ?? (() => createBindingId())
	const pageId = choosePage(existing, ctx.pageId)
	if (!pageId) {
		return refused([
			{
				sheet: '',
				row: 0,
				column: '',
				message: { zh: '白板上没有可导入的页面', en: 'The board has no page to import into' },
			},
		])
	}

	// Cards: props, place, ids.
	const cardProps = parsed.cards.map((c) => ({ ...defaultCardProps(c.kind), ...c.props }) as Record<string, unknown>)
	const positions = placeImportedCards(
		parsed.cards.map((c, i) => ({ kind: c.kind, props: cardProps[i] })),
		existing,
		pageId,
	)
	let index = topIndex(existing, pageId)
	const nextIndex = (): IndexKey => {
		index = getIndexAbove(index)
		return index
	}
	const origin = new Map<string, { card?: ImportedCard; link?: ImportedLink }>()
	const records: TLRecord[] = []
	const byTitle = new Map<CardKind, Map<string, LinkEnd[]>>()
	const remember = (kind: CardKind, title: unknown, end: LinkEnd) => {
		if (typeof title !== 'string') return
		const titles = byTitle.get(kind) ?? new Map<string, LinkEnd[]>()
		byTitle.set(kind, titles)
		const key = title.trim()
		titles.set(key, [...(titles.get(key) ?? []), end])
	}
	for (const rec of existing) {
		const type = field(rec, 'type')
		if (rec.typeName !== 'shape' || !isCardKind(type)) continue
		const props = field(rec, 'props') as Record<string, unknown> | undefined
		remember(type, props?.title, {
			id: rec.id as TLShapeId,
			x: num(field(rec, 'x'), 0),
			y: num(field(rec, 'y'), 0),
			w: num(props?.w, 0),
			h: num(props?.h, 0),
		})
	}
	parsed.cards.forEach((card, i) => {
		const id = newShapeId()
		const props = cardProps[i]
		const { x, y } = positions[i]
		records.push({
			id,
			typeName: 'shape',
			type: card.kind,
			x,
			y,
			rotation: 0,
			index: nextIndex(),
			parentId: pageId,
			isLocked: false,
			opacity: 1,
			props,
			meta: {},
		} as unknown as TLRecord)
		origin.set(id, { card })
		remember(card.kind, props.title, { id, x, y, w: num(props.w, 0), h: num(props.h, 0) })
	})

	// Links, by title.
	const problems: ImportProblem[] = []
	const resolve = (link: ImportedLink, end: 'from' | 'to'): LinkEnd | null => {
		const kind = end === 'from' ? link.fromKind : link.toKind
		const title = end === 'from' ? link.from : link.to
		const column = end === 'from' ? link.fromColumn : link.toColumn
		const found = byTitle.get(kind)?.get(title.trim()) ?? []
		const noun = cardNoun(kind)
		if (found.length === 1) return found[0]
		problems.push({
			sheet: link.sheet,
			row: link.row,
			column,
			message:
				found.length === 0
					? { zh: `找不到名为“${title}”的${noun.zh}卡片`, en: `No ${noun.en.toLowerCase()} card is named "${title}"` }
					: {
							zh: `有 ${found.length} 张名为“${title}”的${noun.zh}卡片，无法确定连到哪一张`,
							en: `${found.length} ${noun.en.toLowerCase()} cards are named "${title}"; the link is ambiguous`,
						},
		})
		return null
	}
	let links = 0
	for (const link of parsed.links) {
		const from = resolve(link, 'from')
		const to = resolve(link, 'to')
		const type = deriveLinkType(link.fromKind, link.toKind)
		if (!from || !to || !type) continue
		const meta: LinkMeta = {
			type,
			mechanism: type === 'allocation' ? (link.mechanism as Mechanism | '') : '',
			strategy: type === 'allocation' ? (link.strategy as Strategy | '') : '',
			quantity: link.quantity,
			unit: link.unit,
			note: link.note,
		}
		const arrowId = newShapeId()
		const built = buildLinkArrow(from, to, {
			arrowId,
			startBindingId: newBindingId(),
			endBindingId: newBindingId(),
			pageId: pageId as TLParentId,
			index: nextIndex(),
			link: meta,
			lang,
		})
		for (const rec of built) origin.set(rec.id, { link })
		records.push(...built)
		links++
	}
	if (problems.length > 0) return refused(problems)

	// Every record must be one the board schema accepts.
	const { problems: invalid } = validateBoardRecords(records)
	for (const p of invalid) {
		const from = origin.get(p.id)
		const card = from?.card
		const link = from?.link
		problems.push({
			sheet: card?.sheet ?? link?.sheet ?? '',
			row: card?.row ?? link?.row ?? 0,
			column: card ? columnOfError(card, p.message) : '',
			message: { zh: `无法生成卡片：${p.message}`, en: `Cannot make the card: ${p.message}` },
		})
	}
	if (problems.length > 0) return refused(problems)

	const added: ImportCounts = { ...NONE, links }
	for (const card of parsed.cards) {
		const list = (Object.keys(LIST_CARD_KIND) as (keyof typeof LIST_CARD_KIND)[]).find(
			(l) => LIST_CARD_KIND[l] === card.kind,
		)
		if (list) added[list]++
	}
	return { records, added, problems: [] }
}
