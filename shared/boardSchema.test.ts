import { describe, expect, it } from 'vitest'
import { createBoardSchema, validateBoardRecord } from './boardSchema'
import { createSeedRecords, DEFAULT_PAGE_NAME } from './seedRecords'

describe('board schema', () => {
	it('accepts the seed records and names the failing path of a bad record', () => {
		const schema = createBoardSchema()
		for (const rec of createSeedRecords(DEFAULT_PAGE_NAME)) expect(() => validateBoardRecord(schema, rec)).not.toThrow()
		const [, page] = createSeedRecords(DEFAULT_PAGE_NAME)
		expect(() => validateBoardRecord(schema, { ...page, name: 42 } as never)).toThrow(/name/)
		expect(() => validateBoardRecord(schema, { ...page, typeName: 'alien' } as never)).toThrow(/unknown record type/)
	})
})
