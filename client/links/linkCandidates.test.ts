import { describe, expect, it } from 'vitest'
import { linkCandidates, pairKey } from './linkCandidates'

const card = (id: string, kind: string, title: string) => ({ id, kind, title })
const cards = [
	card('n1', 'need', '老年人助餐'),
	card('n2', 'need', '儿童课后托管'),
	card('r1', 'resource', '社区食堂'),
	card('p1', 'project', '长者饭堂'),
	card('a1', 'actor', '街道办'),
]

describe('linkCandidates: what 连接到… offers, by the rule a drawn arrow follows', () => {
	it.each([
		[
			'a resource links to needs and projects',
			'r1',
			['n2:r1→n2:allocation', 'n1:r1→n1:allocation', 'p1:r1→p1:allocation', 'a1:a1→r1:provides'],
		],
		['a need is linked from resources and projects', 'n1', ['r1:r1→n1:allocation', 'p1:p1→n1:serves']],
		[
			'a project serves needs and is given resources',
			'p1',
			['n2:p1→n2:serves', 'n1:p1→n1:serves', 'r1:r1→p1:allocation'],
		],
		['an actor provides resources only', 'a1', ['r1:a1→r1:provides']],
	])('%s', (_name, id, expected) => {
		const selected = cards.find((c) => c.id === id) as (typeof cards)[number]
		expect(
			linkCandidates(selected, cards, new Set()).map((c) => `${c.card.id}:${c.fromId}→${c.toId}:${c.type}`),
		).toEqual(expected)
	})

	it('finds cards by part of their title', () => {
		expect(linkCandidates(cards[2], cards, new Set(), '老年').map((c) => c.card.id)).toEqual(['n1'])
	})

	it('marks a pair already linked, in either direction', () => {
		const found = linkCandidates(cards[0], cards, new Set([pairKey('r1', 'n1')]))
		expect(found.map((c) => [c.card.id, c.linked])).toEqual([
			['r1', true],
			['p1', false],
		])
	})
})
