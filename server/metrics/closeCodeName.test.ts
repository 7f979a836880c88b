import { describe, expect, it } from 'vitest'
import { closeCodeName } from './closeCodeName'

describe('closeCodeName', () => {
	it('names the close codes of shared/protocol.ts', () => {
		expect(closeCodeName(4422)).toBe('writeRefused')
		expect(closeCodeName(1009)).toBe('messageTooBig')
		expect(closeCodeName(4999)).toBe('unknown')
	})
})
