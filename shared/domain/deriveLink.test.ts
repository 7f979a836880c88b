import { describe, expect, it } from 'vitest'
import type { LinkMeta, LinkType } from './cardProps'
import {
	type ArrowBindingLike,
	deriveLinkType,
	LINK_META_KEY,
	linkForArrow,
	linkLabel,
	linkMetaEquals,
	nextLinkMeta,
	withLinkMeta,
} from './deriveLink'

describe('deriveLinkType', () => {
	const kinds = ['need', 'resource', 'actor', 'project', 'geo', 'arrow', 'unknown', '', null]
	const links: Record<string, LinkType> = {
		'resource→need': 'allocation',
		'resource→project': 'allocation',
		'project→need': 'serves',
		'actor→resource': 'provides',
	}
	const table = kinds.flatMap((from) =>
		kinds.map((to): [string | null, string | null, LinkType | null] => [from, to, links[`${from}→${to}`] ?? null]),
	)

	it('has a row for every pair', () => {
		expect(table).toHaveLength(kinds.length ** 2)
		expect(table.filter(([, , link]) => link !== null)).toHaveLength(4)
	})

	it.each(table)('%j → %j is %j', (from, to, expected) => {
		expect(deriveLinkType(from, to)).toBe(expected)
	})
})

describe('linkForArrow', () => {
	const types = new Map([
		['shape:res', 'resource'],
		['shape:need', 'need'],
		['shape:note', 'note'],
		['shape:arrow', 'arrow'],
	])
	const bind = (terminal: 'start' | 'end', toId: string, fromId = 'shape:arrow'): ArrowBindingLike => ({
		typeName: 'binding',
		type: 'arrow',
		fromId,
		toId,
		props: { terminal },
	})

	const cases: [string, ArrowBindingLike[], ReturnType<typeof linkForArrow>][] = [
		['no bindings', [], null],
		['start only', [bind('start', 'shape:res')], null],
		['end only', [bind('end', 'shape:need')], null],
		[
			'both ends',
			[bind('end', 'shape:need'), bind('start', 'shape:res')],
			{ type: 'allocation', fromId: 'shape:res', toId: 'shape:need' },
		],
		['reversed', [bind('start', 'shape:need'), bind('end', 'shape:res')], null],
		['a plain shape at one end', [bind('start', 'shape:res'), bind('end', 'shape:note')], null],
		['dangling: the end shape is gone', [bind('start', 'shape:res'), bind('end', 'shape:gone')], null],
		[
			'bindings of another arrow',
			[bind('start', 'shape:res', 'shape:other'), bind('end', 'shape:need', 'shape:other')],
			null,
		],
		[
			'other binding types are ignored',
			[{ ...bind('start', 'shape:need'), type: 'sticky' }, bind('start', 'shape:res'), bind('end', 'shape:need')],
			{ type: 'allocation', fromId: 'shape:res', toId: 'shape:need' },
		],
	]

	it.each(cases)('%s', (_name, bindings, expected) => {
		expect(linkForArrow('shape:arrow', bindings, types)).toEqual(expected)
		expect(linkForArrow('shape:arrow', bindings, (id) => types.get(id))).toEqual(expected)
	})
})

describe('nextLinkMeta', () => {
	const allocation: LinkMeta = {
		type: 'allocation',
		mechanism: 'social',
		strategy: '',
		quantity: 2,
		unit: '间',
		note: '周末',
	}
	const empty = (type: LinkType): LinkMeta => ({
		type,
		mechanism: '',
		strategy: '',
		quantity: null,
		unit: '',
		note: '',
	})

	const cases: [string, unknown, LinkType | null, LinkMeta | null][] = [
		['no link stays none', undefined, null, null],
		['a link that is no longer one', allocation, null, null],
		['a new link starts empty', undefined, 'serves', empty('serves')],
		['garbage starts empty', 'oops', 'allocation', empty('allocation')],
		['the same type keeps everything', allocation, 'allocation', allocation],
		[
			'a new type keeps quantity, unit and note',
			allocation,
			'serves',
			{ ...allocation, type: 'serves', mechanism: '' },
		],
		[
			'back to allocation, the mechanism starts over',
			{ ...allocation, type: 'serves', mechanism: '' },
			'allocation',
			{ ...allocation, mechanism: '' },
		],
		[
			'invalid fields fall back, valid ones stay',
			{ type: 'allocation', mechanism: 'magic', strategy: '', quantity: -1, unit: '人', note: 3 },
			'allocation',
			{ type: 'allocation', mechanism: '', strategy: '', quantity: null, unit: '人', note: '' },
		],
	]

	it.each(cases)('%s', (_name, current, type, expected) => {
		expect(nextLinkMeta(current, type)).toEqual(expected)
	})

	it('tells callers when nothing changed', () => {
		expect(linkMetaEquals(allocation, nextLinkMeta(allocation, 'allocation'))).toBe(true)
		expect(linkMetaEquals({ ...allocation }, allocation)).toBe(true)
		expect(linkMetaEquals(allocation, nextLinkMeta(allocation, 'serves'))).toBe(false)
		expect(linkMetaEquals(allocation, { ...allocation, note: '' })).toBe(false)
		expect(linkMetaEquals(undefined, null)).toBe(true)
		expect(linkMetaEquals(null, null)).toBe(true)
		expect(linkMetaEquals(allocation, null)).toBe(false)
		expect(linkMetaEquals('oops', null)).toBe(false)
		expect(linkMetaEquals(undefined, empty('serves'))).toBe(false)
	})

	it('sets and removes the link in a meta object without touching the rest', () => {
		const meta = { author: 'ann' }
		expect(withLinkMeta(meta, allocation)).toEqual({ author: 'ann', [LINK_META_KEY]: allocation })
		expect(withLinkMeta(withLinkMeta(meta, allocation), null)).toEqual(meta)
		expect(meta).toEqual({ author: 'ann' })
	})
})

describe('linkLabel', () => {
	const link = (over: Partial<LinkMeta>): LinkMeta => ({
		type: 'allocation',
		mechanism: '',
		strategy: '',
		quantity: null,
		unit: '',
		note: '',
		...over,
	})
	const cases: [LinkMeta, string, string][] = [
		[
			link({ mechanism: 'administrative', strategy: '', quantity: 50, unit: '人' }),
			'行政借力 · 50 人',
			'Administrative leverage · 50 人',
		],
		[link({}), '资源配置', 'Allocation'],
		[link({ quantity: 700000, unit: '元' }), '资源配置 · 700,000 元', 'Allocation · 700,000 元'],
		[link({ mechanism: 'market', strategy: '', quantity: 2.5 }), '市场机制 · 2.5', 'Market mechanism · 2.5'],
		[link({ mechanism: 'social', unit: '人' }), '社会机制', 'Social mechanism'],
		[link({ type: 'serves' }), '服务', 'Serves'],
		[link({ type: 'provides', quantity: 2, unit: ' 间 ' }), '提供 · 2 间', 'Provides · 2 间'],
	]

	it.each(cases)('%j reads %s / %s', (meta, zh, en) => {
		expect(linkLabel(meta, 'zh')).toBe(zh)
		expect(linkLabel(meta, 'en')).toBe(en)
	})
})
