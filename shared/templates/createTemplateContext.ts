import { createBindingId, createShapeId } from '@tldraw/tlschema'
import { FIRST_PAGE_ID } from '../seedRecords'
import type { TemplateContext } from './templateTypes'

/** Options of `createTemplateContext`; every field has a default. */
export interface TemplateContextOptions extends Partial<Omit<TemplateContext, 'createId' | 'createBindingId'>> {
	/**
	 * When set, ids are `shape:<prefix>-1`, `shape:<prefix>-2` … and
	 * `binding:<prefix>-1` … (deterministic, for tests); otherwise random.
	 */
	idPrefix?: string
}

/**
 * A template context: the first page, origin (0, 0), Chinese labels and random ids
 * unless told otherwise.
 */
export function createTemplateContext(opts: TemplateContextOptions = {}): TemplateContext {
	const { idPrefix, ...rest } = opts
	let shapes = 0
	let bindings = 0
	return {
		pageId: FIRST_PAGE_ID,
		origin: { x: 0, y: 0 },
		lang: 'zh',
		indexAbove: null,
		...rest,
		createId: () => (idPrefix === undefined ? createShapeId() : createShapeId(`${idPrefix}-${++shapes}`)),
		createBindingId: () => (idPrefix === undefined ? createBindingId() : createBindingId(`${idPrefix}-${++bindings}`)),
	}
}
