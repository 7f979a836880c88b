import { describe, expect, it } from 'vitest'
import { parseWaiting, serializeWaiting, stillWaiting, withWaiting } from './waitingComments'

describe('waiting comments', () => {
	const waiting = withWaiting(withWaiting(new Map(), 'a', { client: 1, clockEnd: 10 }), 'b', { client: 2, clockEnd: 5 })

	it('drop the writes the server state vector covers', () => {
		expect([...stillWaiting(waiting, new Map([[1, 10]])).keys()]).toEqual(['b'])
		expect(stillWaiting(waiting, new Map([[1, 9]]))).toBe(waiting)
	})

	it('survive a round trip through JSON, dropping malformed rows', () => {
		expect(parseWaiting(serializeWaiting(waiting))).toEqual(waiting)
		expect(parseWaiting('[["x", 1, 2], ["y", "1", 2], 3]')).toEqual(new Map([['x', { client: 1, clockEnd: 2 }]]))
		expect(parseWaiting('{')).toEqual(new Map())
	})
})
