import { createTLSchema, type TLGeoShape, type TLShapeId } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import { FIRST_PAGE_ID } from '../../shared/seedRecords'

const shapeType = createTLSchema().types.shape

/**
 * A rectangle on the first page with every prop set, as tldraw would create it — for
 * tests and benchmarks that drive the store without an editor.
 */
export function geoShapeRecord(id: TLShapeId, x = 0): TLGeoShape {
	return shapeType.create({
		id,
		type: 'geo',
		parentId: FIRST_PAGE_ID,
		index: 'a1' as IndexKey,
		x,
		y: 0,
		props: {
			w: 100,
			h: 100,
			geo: 'rectangle',
			dash: 'draw',
			growY: 0,
			url: '',
			scale: 1,
			flipX: false,
			flipY: false,
			color: 'black',
			labelColor: 'black',
			fill: 'none',
			size: 'm',
			font: 'draw',
			align: 'middle',
			verticalAlign: 'middle',
			richText: { type: 'doc', content: [{ type: 'paragraph' }] },
		},
	}) as TLGeoShape
}
