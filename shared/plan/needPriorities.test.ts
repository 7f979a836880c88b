import { describe, expect, it } from 'vitest'
import { needPriorities } from './needPriorities'

describe('needPriorities', () => {
	it.each<[string, [string, number][], [string, number][]]>([
		[
			'no votes yet: no priorities',
			[
				['a', 0],
				['b', 0],
			],
			[],
		],
		[
			'by votes, most first',
			[
				['a', 1],
				['b', 5],
				['c', 3],
			],
			[
				['b', 1],
				['c', 2],
				['a', 3],
			],
		],
		[
			'ties share a rank, the next skips',
			[
				['a', 3],
				['b', 5],
				['c', 3],
				['d', 0],
			],
			[
				['b', 1],
				['a', 2],
				['c', 2],
				['d', 4],
			],
		],
		['one need with votes', [['a', 2]], [['a', 1]]],
	])('%s', (_what, needs, ranks) => {
		const got = needPriorities(needs.map(([id, votes]) => ({ id, votes })))
		expect(Object.fromEntries(got)).toEqual(Object.fromEntries(ranks))
	})
})
