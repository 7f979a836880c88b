import { createTLStore, defaultBindingUtils, defaultShapeUtils } from '@tldraw/tldraw'
import { describe, expect, it } from 'vitest'
import { createBoardSchema } from '../../shared/boardSchema'
import { cardShapeUtils } from './cardShapeUtils'

describe('card shape utils', () => {
	it('builds the same schema in the browser as on the server', () => {
		const client = createTLStore({
			shapeUtils: [...defaultShapeUtils, ...cardShapeUtils],
			bindingUtils: defaultBindingUtils,
		})
		expect(createBoardSchema().serialize()).toEqual(client.schema.serialize())
	})
})
