import { describe, expect, it } from 'vitest'
import { LINK_FIELDS } from '../../shared/domain/cardFields'
import type { LinkMeta } from '../../shared/domain/cardProps'
import { editLink, linkFieldForEdit } from './linkFieldOptions'

const link: LinkMeta = {
	type: 'allocation',
	mechanism: 'social',
	strategy: 'volunteer',
	quantity: null,
	unit: '',
	note: '',
}
const strategyField = LINK_FIELDS.find((f) => f.key === 'strategy')
if (!strategyField) throw new Error('no strategy field')

describe('link strategy by mechanism', () => {
	it('offers the strategies of the chosen mechanism, all of them while none is chosen', () => {
		const social = linkFieldForEdit(strategyField, link).options?.map((o) => o.value)
		expect(social).toEqual(['', 'trust', 'performance', 'volunteer'])
		const market = linkFieldForEdit(strategyField, { ...link, mechanism: 'market' }).options?.map((o) => o.value)
		expect(market).toEqual(['', 'purchase', 'paidSponsorship'])
		expect(linkFieldForEdit(strategyField, { ...link, mechanism: '' }).options).toHaveLength(11)
	})

	it('clears a strategy the new mechanism does not have, keeps one it has', () => {
		expect(editLink(link, 'mechanism', 'market')).toMatchObject({ mechanism: 'market', strategy: '' })
		expect(editLink(link, 'mechanism', 'social')).toMatchObject({ mechanism: 'social', strategy: 'volunteer' })
		expect(editLink(link, 'mechanism', '')).toMatchObject({ mechanism: '', strategy: 'volunteer' })
	})

	it('sets the mechanism of a strategy chosen first', () => {
		expect(editLink({ ...link, mechanism: '', strategy: '' }, 'strategy', 'dualReport')).toMatchObject({
			mechanism: 'administrative',
			strategy: 'dualReport',
		})
	})

	it('refuses an invalid value', () => {
		expect(editLink(link, 'strategy', 'bribery')).toBeNull()
	})
})
