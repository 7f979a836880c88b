import { createTLSchemaFromUtils } from '@tldraw/editor'
import { defaultBindingUtils, defaultShapeUtils, parseTldrawJsonFile } from '@tldraw/tldraw'
import {
	AssetRecordType,
	createBindingId,
	createShapeId,
	type TLArrowBinding,
	type TLRecord,
	type TLShapeId,
	toRichText,
} from '@tldraw/tlschema'
import { getIndices } from '@tldraw/utils'
import { describe, expect, it } from 'vitest'
import { createBoardSchema } from '../boardSchema'
import { buildLinkArrow } from '../domain/buildLinkArrow'
import { defaultCardProps } from '../domain/cardDefaults'
import { CARD_KIND_LABELS } from '../domain/cardFields'
import { CARD_KINDS, type CardKind, isCardKind, type LinkMeta } from '../domain/cardProps'
import { validateLinkMeta } from '../domain/cardValidators'
import { LINK_META_KEY, linkLabel } from '../domain/deriveLink'
import { parseBoardFile } from '../import/parseBoardFile'
import { createSeedRecords, DEFAULT_PAGE_NAME, FIRST_PAGE_ID } from '../seedRecords'
import { createTemplateContext } from '../templates/createTemplateContext'
import { exampleTemplate } from '../templates/exampleTemplate'
import { mergeTemplateRecords } from '../templates/mergeTemplateRecords'
import type { PlainRecord } from '../ydocLayout'
import { boardToTldrawFile, richTextPlain, tldrawDefaultSchema } from './boardToTldrawFile'

/** The schema tldraw's own editor builds from its default shape and binding utils (what tldraw.com opens files with). */
const tldrawSchema = createTLSchemaFromUtils({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })

function exampleRecords(): TLRecord[] {
	return mergeTemplateRecords(
		createSeedRecords(DEFAULT_PAGE_NAME),
		exampleTemplate.build(createTemplateContext({ idPrefix: 'x' })),
	)
}

const INDICES = getIndices(20)

function shape(id: string, type: string, x: number, props: Record<string, unknown>): TLRecord {
	return {
		id: createShapeId(id),
		typeName: 'shape',
		type,
		x,
		y: 0,
		rotation: 0,
		index: INDICES[x / 100 + 1],
		parentId: FIRST_PAGE_ID,
		isLocked: false,
		opacity: 1,
		meta: {},
		props,
	} as unknown as TLRecord
}

/** One card of every kind with its facts filled in, a link of every type, a drawn rectangle and an image. */
function everyKindRecords(): TLRecord[] {
	const cards: Record<CardKind, TLRecord> = {
		need: shape('need', 'need', 0, {
			...defaultCardProps('need'),
			title: '老年助餐',
			beneficiaries: 120,
			urgency: 'high',
			targetGroup: '独居老人',
		}),
		resource: shape('resource', 'resource', 300, {
			...defaultCardProps('resource'),
			title: '社区食堂',
			provider: '街道办',
			resourceType: 'space',
			quantity: 2,
			unit: '间',
		}),
		actor: shape('actor', 'actor', 600, { ...defaultCardProps('actor'), title: '街道办', roles: ['publisher'] }),
		project: shape('project', 'project', 900, {
			...defaultCardProps('project'),
			title: '长者饭堂',
			startDate: '2027-03-01',
			endDate: '2027-12-31',
			budget: [
				{
					category: 'materials',
					item: '餐具',
					quantity: 10,
					unit: '套',
					unitPrice: 50,
					amount: null,
					source: 'govPurchase',
					form: 'cash',
				},
			],
		}),
	}
	const box = (kind: CardKind) => {
		const c = cards[kind] as unknown as { id: TLShapeId; x: number; y: number; props: { w: number; h: number } }
		return { id: c.id, x: c.x, y: c.y, w: c.props.w, h: c.props.h }
	}
	const link = (type: LinkMeta['type'], mechanism: LinkMeta['mechanism'] = ''): LinkMeta => ({
		type,
		mechanism,
		strategy: '',
		quantity: type === 'allocation' ? 30 : null,
		unit: type === 'allocation' ? '份/天' : '',
		note: '',
	})
	const arrows = (
		[
			['resource', 'need', link('allocation', 'social')],
			['project', 'need', link('serves')],
			['actor', 'resource', link('provides')],
		] as const
	).flatMap(([from, to, meta], i) =>
		buildLinkArrow(box(from), box(to), {
			arrowId: createShapeId(`arrow-${i}`),
			startBindingId: createBindingId(`start-${i}`),
			endBindingId: createBindingId(`end-${i}`),
			pageId: FIRST_PAGE_ID,
			index: INDICES[i + 17],
			link: meta,
			lang: 'zh',
		}),
	)
	// A link whose label someone cleared: the file still labels it.
	const [cleared] = arrows.filter((r) => r.id === createShapeId('arrow-2'))
	Object.assign(cleared, { props: { ...(cleared as { props: object }).props, richText: toRichText('') } })
	const asset = AssetRecordType.create({
		id: AssetRecordType.createId('pic'),
		type: 'image',
		props: {
			name: 'a.png',
			src: 'data:image/png;base64,iVBORw0KGgo=',
			w: 10,
			h: 10,
			mimeType: 'image/png',
			isAnimated: false,
		},
	})
	const image = shape('image', 'image', 1200, {
		w: 10,
		h: 10,
		playing: true,
		url: '',
		assetId: asset.id,
		crop: null,
		flipX: false,
		flipY: false,
		altText: '',
	})
	const drawn = shape('drawn', 'geo', 1500, {
		w: 100,
		h: 100,
		geo: 'ellipse',
		dash: 'draw',
		growY: 0,
		url: '',
		scale: 1,
		flipX: false,
		flipY: false,
		color: 'red',
		labelColor: 'black',
		fill: 'none',
		size: 'm',
		font: 'draw',
		align: 'middle',
		verticalAlign: 'middle',
		richText: toRichText('手画的圆'),
	})
	return [...createSeedRecords(DEFAULT_PAGE_NAME), ...Object.values(cards), ...arrows, asset, image, drawn]
}

/** The file tldraw's own loader makes of the board's records: its store's records, by id. */
function openInTldraw(records: readonly TLRecord[]): Map<string, TLRecord> {
	const { file, skipped } = boardToTldrawFile(records as unknown as PlainRecord[], { lang: 'zh' })
	expect(skipped).toEqual([])
	const parsed = parseTldrawJsonFile({ schema: tldrawSchema, json: JSON.stringify(file) })
	if (!parsed.ok) throw new Error(`tldraw refused the file: ${JSON.stringify(parsed.error)}`)
	return new Map(parsed.value.allRecords().map((r) => [r.id as string, r]))
}

/** Every card is a shape with its kind and title in its text; every link an arrow bound at both ends, labelled. */
function expectCardsAndLinks(records: readonly TLRecord[], opened: Map<string, TLRecord>): void {
	const plain = records as unknown as PlainRecord[]
	const cards = plain.filter((r) => r.typeName === 'shape' && isCardKind(r.type))
	for (const card of cards) {
		const got = opened.get(card.id) as unknown as PlainRecord & { props: { richText: unknown } }
		expect(got, card.id).toBeDefined()
		expect(got.type).toBe('geo')
		const text = richTextPlain(got.props.richText)
		expect(text).toContain(CARD_KIND_LABELS[card.type as CardKind].zh)
		expect(text).toContain((card.props as { title: string }).title)
	}
	const bindings = [...opened.values()].filter((r): r is TLArrowBinding => r.typeName === 'binding')
	const links = plain.filter((r) => r.typeName === 'shape' && r.type === 'arrow' && isLinkArrow(r))
	for (const arrow of links) {
		const got = opened.get(arrow.id) as unknown as { type: string; props: { richText: unknown } }
		expect(got.type).toBe('arrow')
		const meta = validateLinkMeta((arrow.meta as Record<string, unknown>)[LINK_META_KEY]) as LinkMeta
		expect(richTextPlain(got.props.richText)).toBe(linkLabel(meta, 'zh'))
		const ends = bindings.filter((b) => b.fromId === arrow.id)
		expect(ends.map((b) => b.props.terminal).sort()).toEqual(['end', 'start'])
		for (const b of ends) expect(opened.get(b.toId)?.typeName).toBe('shape')
	}
}

function isLinkArrow(r: PlainRecord): boolean {
	return typeof r.meta === 'object' && r.meta !== null && LINK_META_KEY in r.meta
}

describe('boardToTldrawFile', () => {
	it('is written with tldraw’s default schema, exactly as tldraw’s own editor serializes it', () => {
		expect(tldrawDefaultSchema().serialize()).toEqual(tldrawSchema.serialize())
	})

	it('the example board opens in tldraw’s own loader: one rectangle per card with its kind, title and facts, every link a bound, labelled arrow', () => {
		const records = exampleRecords()
		const opened = openInTldraw(records)
		const shapes = records.filter((r) => r.typeName === 'shape')
		expect([...opened.values()].filter((r) => r.typeName === 'shape')).toHaveLength(shapes.length)
		expect(shapes.filter((r) => isCardKind(r.type))).toHaveLength(82)
		expect(shapes.filter((r) => r.type === 'arrow' && isLinkArrow(r as unknown as PlainRecord))).toHaveLength(96)
		expectCardsAndLinks(records, opened)
		// Frames keep their names; no shape of Niudai's own is left.
		const frames = [...opened.values()].filter((r) => r.typeName === 'shape' && r.type === 'frame')
		expect(frames.map((f) => (f as { props: { name: string } }).props.name)).toContain('资源识别')
		expect([...opened.values()].some((r) => r.typeName === 'shape' && isCardKind(r.type))).toBe(false)
	})

	it('a board with every card kind: the facts that matter, colours by kind, drawn shapes and images unchanged', () => {
		const records = everyKindRecords()
		const opened = openInTldraw(records)
		expectCardsAndLinks(records, opened)
		const text = (id: string) =>
			richTextPlain((opened.get(createShapeId(id)) as unknown as { props: { richText: unknown } }).props.richText)
		expect(text('need')).toBe(
			'需求 · 老年助餐\n类别：服务 · 紧迫程度：高\n服务对象：独居老人\n受益人数：120 人\n状态：待认领',
		)
		expect(text('resource')).toContain('提供方：街道办')
		expect(text('resource')).toContain('数量：2 间')
		expect(text('actor')).toContain('调度角色：发布方')
		expect(text('project')).toContain('项目周期：2027年3月1日至2027年12月31日')
		expect(text('project')).toContain('预算：500 元')
		const colour = (id: string) =>
			(opened.get(createShapeId(id)) as unknown as { props: { color: string } }).props.color
		expect(CARD_KINDS.map(colour)).toEqual(['orange', 'blue', 'violet', 'green'])
		expect(text('arrow-2')).toBe('提供')
		expect(opened.get(createShapeId('drawn'))).toEqual(records.find((r) => r.id === createShapeId('drawn')))
		expect(opened.get(createShapeId('image'))).toMatchObject({ type: 'image' })
		expect(opened.get(AssetRecordType.createId('pic'))).toMatchObject({ typeName: 'asset' })
	})

	it('an empty board opens as an empty page', () => {
		const opened = openInTldraw(createSeedRecords(DEFAULT_PAGE_NAME))
		expect([...opened.values()].filter((r) => r.typeName === 'page')).toHaveLength(1)
		expect([...opened.values()].filter((r) => r.typeName === 'shape')).toHaveLength(0)
	})

	it('the board file as it was exported before (Niudai’s own shapes) is what tldraw refuses', () => {
		const json = JSON.stringify({
			tldrawFileFormatVersion: 1,
			schema: createBoardSchema().serialize(),
			records: exampleRecords(),
		})
		const parsed = parseTldrawJsonFile({ schema: tldrawSchema, json })
		if (parsed.ok) throw new Error('tldraw opened the old board file')
		expect(parsed.error.type).toBe('invalidRecords')
		expect(String((parsed.error as { cause?: unknown }).cause)).toMatch(/Expected one of .*"arrow".* got "need"/)
	})

	it('a record tldraw would refuse is left out with the bindings that point at it, and named', () => {
		const records = everyKindRecords() as unknown as PlainRecord[]
		const broken = records.map((r) =>
			r.id === createShapeId('need') ? { ...r, x: Number.NaN } : r,
		) as unknown as PlainRecord[]
		const { file, skipped } = boardToTldrawFile(broken, { lang: 'zh' })
		expect(skipped.map((s) => s.id)).toEqual([
			createShapeId('need'),
			createBindingId('end-0'),
			createBindingId('end-1'),
		])
		expect(parseTldrawJsonFile({ schema: tldrawSchema, json: JSON.stringify(file) }).ok).toBe(true)
	})

	it('imported back into Niudai, the tldraw file opens as a board of drawn shapes', () => {
		const { file } = boardToTldrawFile(exampleRecords() as unknown as PlainRecord[], { lang: 'zh' })
		const parsed = parseBoardFile(JSON.stringify(file))
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
		expect(parsed.format).toBe('tldr')
		expect(parsed.records.filter((r) => r.typeName === 'shape' && r.type === 'geo')).toHaveLength(82)
		expect(parsed.records.some((r) => r.typeName === 'shape' && isCardKind(r.type))).toBe(false)
	})
})
