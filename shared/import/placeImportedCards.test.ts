import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../domain/cardDefaults'
import type { CardKind } from '../domain/cardProps'
import { createSeedRecords, DEFAULT_PAGE_NAME, FIRST_PAGE_ID } from '../seedRecords'
import { createTemplateContext } from '../templates/createTemplateContext'
import { fullCycleTemplate } from '../templates/fullCycleTemplate'
import { placeImportedCards } from './placeImportedCards'

describe('placeImportedCards', () => {
	it('places the 5,000 cards of a big workbook in a fraction of a second, none over another', () => {
		const existing = [
			...createSeedRecords(DEFAULT_PAGE_NAME),
			...fullCycleTemplate.build(createTemplateContext({ idPrefix: 'fc' })),
		]
		const kinds: CardKind[] = ['need', 'resource', 'actor', 'project']
		const sectors = ['government', 'market', 'society']
		const cards = Array.from({ length: 5000 }, (_, i) => ({
			kind: kinds[i % 4],
			props: { sector: sectors[i % 3], status: i % 2 ? 'published' : 'executing' },
		}))
		const started = performance.now()
		const positions = placeImportedCards(cards, existing, FIRST_PAGE_ID)
		const ms = performance.now() - started
		// Checking every grid cell against every box placed before took ~13 s for these.
		expect(ms).toBeLessThan(1500)
		expect(positions).toHaveLength(5000)
		const boxes = positions.map((p, i) => ({ ...p, ...CARD_SIZE[cards[i].kind] }))
		const sorted = [...boxes].sort((a, b) => a.x - b.x)
		const overlapping: string[] = []
		for (let i = 0; i < sorted.length; i++) {
			const a = sorted[i]
			for (let j = i + 1; j < sorted.length && sorted[j].x < a.x + a.w; j++) {
				const b = sorted[j]
				if (a.y < b.y + b.h && b.y < a.y + a.h) overlapping.push(`${a.x},${a.y} / ${b.x},${b.y}`)
			}
		}
		expect(overlapping).toEqual([])
	})
})
