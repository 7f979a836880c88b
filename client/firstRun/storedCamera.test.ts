import { describe, expect, it } from 'vitest'
import { parseStoredCamera } from './storedCamera'

describe('parseStoredCamera: the view remembered on this device, or null (then the board is fitted)', () => {
	it.each([
		['nothing stored', null, null],
		['a camera', '{"x":-120,"y":40.5,"z":0.6}', { x: -120, y: 40.5, z: 0.6 }],
		['not JSON', '{x:1', null],
		['a zoom of zero', '{"x":0,"y":0,"z":0}', null],
		['a missing coordinate', '{"x":0,"z":1}', null],
		['text for a number', '{"x":"0","y":0,"z":1}', null],
	])('%s', (_name, text, expected) => {
		expect(parseStoredCamera(text)).toEqual(expected)
	})
})
