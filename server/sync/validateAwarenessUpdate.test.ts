import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { awarenessUpdateProblem, MAX_AWARENESS_DEPTH } from './validateAwarenessUpdate'

function update(states: string[]): Uint8Array {
	const e = encoding.createEncoder()
	encoding.writeVarUint(e, states.length)
	states.forEach((json, i) => {
		encoding.writeVarUint(e, i + 1)
		encoding.writeVarUint(e, 1)
		encoding.writeVarString(e, json)
	})
	return encoding.toUint8Array(e)
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`

describe('awarenessUpdateProblem', () => {
	it.each([
		[
			'a normal presence',
			update([JSON.stringify({ presence: { cursor: { x: 1, y: 2 } }, user: { name: '王' } })]),
			null,
		],
		['a removal (null state)', update(['null']), null],
		['a state nested just within the limit', update([nested(MAX_AWARENESS_DEPTH)]), null],
	])('accepts %s', (_what, u, expected) => {
		expect(awarenessUpdateProblem(u)).toBe(expected)
	})

	it.each([
		['a state nested 10,000 deep', update([nested(10_000)]), 'nested too deeply'],
		['a huge state', update([JSON.stringify({ s: 'x'.repeat(100_000) })]), 'too large'],
		['garbage JSON', update(['{nope']), 'malformed'],
		['a truncated frame', new Uint8Array([1, 5]), 'malformed'],
		['too many states', update(Array.from({ length: 300 }, () => 'null')), 'too many'],
	])('refuses %s', (_what, u, expected) => {
		expect(awarenessUpdateProblem(u)).toContain(expected)
	})
})
