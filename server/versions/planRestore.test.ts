import { describe, expect, it } from 'vitest'
import type { PlainRecord } from '../../shared/ydocLayout'
import { planRestore } from './planRestore'

const rec = (id: string, extra: Record<string, unknown> = {}): PlainRecord => ({ id, typeName: 'shape', ...extra })

describe('planRestore', () => {
	it('removes records the version does not have', () => {
		const plan = planRestore([rec('shape:a'), rec('shape:b')], [rec('shape:a')])
		expect(plan.remove).toEqual(['shape:b'])
		expect(plan.write).toEqual([])
	})

	it('writes records that are missing or differ, and leaves equal ones alone', () => {
		const current = [rec('shape:same', { x: 1, props: { w: 2 } }), rec('shape:moved', { x: 5 })]
		const target = [
			rec('shape:same', { props: { w: 2 }, x: 1 }),
			rec('shape:moved', { x: 0 }),
			rec('shape:deleted', { x: 3 }),
		]
		const plan = planRestore(current, target)
		expect(plan.remove).toEqual([])
		expect(plan.write.map((r) => r.id)).toEqual(['shape:moved', 'shape:deleted'])
	})

	it('is empty when the board already holds the version', () => {
		const records = [rec('page:p'), rec('shape:a', { props: { title: '需求' } })]
		expect(planRestore(records, structuredClone(records))).toEqual({ remove: [], write: [] })
	})
})
