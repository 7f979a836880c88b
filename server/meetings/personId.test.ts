import { describe, expect, it } from 'vitest'
import { boardBallotKey } from '../votes/ballotSecret'
import { personIdOf } from './personId'

const secret = Buffer.alloc(32, 7)

describe('personIdOf', () => {
	it('gives one browser the same id on a board, whatever the connection', () => {
		const key = boardBallotKey(secret, 'board-a')
		expect(personIdOf(key, 'p:abc')).toBe(personIdOf(boardBallotKey(secret, 'board-a'), 'p:abc'))
		expect(personIdOf(key, 'p:abc')).toMatch(/^person_[A-Za-z0-9_-]{22}$/)
	})

	it('gives different ids to different browsers, boards and server secrets', () => {
		const key = boardBallotKey(secret, 'board-a')
		const id = personIdOf(key, 'p:abc')
		expect(personIdOf(key, 'p:abd')).not.toBe(id)
		expect(personIdOf(boardBallotKey(secret, 'board-b'), 'p:abc')).not.toBe(id)
		expect(personIdOf(boardBallotKey(Buffer.alloc(32, 8), 'board-a'), 'p:abc')).not.toBe(id)
	})
})
