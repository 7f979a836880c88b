import { describe, expect, it } from 'vitest'
import { stylePanelShown } from './stylePanelShown'

describe('stylePanelShown', () => {
	it.each([
		['select', [], false, 'nothing selected'],
		['select', ['need'], false, 'a card'],
		['select', ['frame'], false, 'a lane'],
		['select', ['need', 'resource', 'frame'], false, 'cards in a lane'],
		['select', ['geo'], true, 'a drawn rectangle'],
		['select', ['arrow'], true, 'an arrow (a link keeps its form above the styles)'],
		['select', ['draw', 'text', 'note'], true, 'drawn shapes together'],
		['select', ['geo', 'need'], false, 'a drawn shape with a card'],
		['select', ['image'], false, 'a picture'],
		['draw', [], true, 'the pen in hand'],
		['geo', [], true, 'the rectangle tool in hand'],
		['need', [], false, 'a card tool in hand'],
		['hand', ['geo'], false, 'the hand tool'],
	] as const)('%s with %j: %s (%s)', (tool, types, shown, _why) => {
		expect(stylePanelShown(tool, types)).toBe(shown)
	})
})
