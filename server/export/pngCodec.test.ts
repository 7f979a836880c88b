import { describe, expect, it } from 'vitest'
import { makePng } from '../test/makePng'
import { fitPictures } from './fitPictures'
import { decodePng, downscale, encodePng } from './pngCodec'
import { pngSize } from './pngSize'

describe('pngCodec', () => {
	it('decodes what it encodes, RGB when opaque and RGBA otherwise', () => {
		const data = new Uint8Array(3 * 2 * 4)
		for (let i = 0; i < data.length; i++) data[i] = (i * 37) & 0xff
		for (let i = 3; i < data.length; i += 4) data[i] = 255
		const opaque = encodePng({ width: 3, height: 2, data })
		expect(opaque[25]).toBe(2)
		expect(decodePng(opaque)?.data).toEqual(data)
		data[3] = 10
		const alpha = encodePng({ width: 3, height: 2, data })
		expect(alpha[25]).toBe(6)
		expect(decodePng(alpha)?.data).toEqual(data)
		expect(decodePng(makePng(4, 3))?.data.slice(0, 4)).toEqual(Uint8Array.from([0x80, 0x80, 0x80, 255]))
		expect(decodePng(new Uint8Array([1, 2, 3]))).toBeNull()
	})

	it('scales down by averaging the pixels each target pixel covers', () => {
		const data = new Uint8Array(4 * 4 * 4).fill(255)
		for (let i = 0; i < 16; i += 2) data.set([0, 0, 0, 255], i * 4)
		const small = downscale({ width: 4, height: 4, data }, 2, 2)
		expect(small.width).toBe(2)
		expect([...small.data.slice(0, 4)]).toEqual([128, 128, 128, 255])
	})

	it('fits pictures to 300 dpi at their printed size and within the byte budget', () => {
		const fitted = fitPictures(
			[
				{ ref: 'canvas:a', title: 'a', png: makePng(6000, 2000) },
				{ ref: 'canvas:b', title: 'b', png: makePng(600, 200) },
			],
			{ maxInches: { width: 9.69, height: 5.01 } },
		)
		expect(fitted.map((p) => p.ref)).toEqual(['canvas:a', 'canvas:b'])
		expect(pngSize(fitted[0].png)).toEqual({ width: 2907, height: 969 })
		expect(fitted[0]).toMatchObject({ width: 2907, height: 969 })
		expect(fitted[1].png).toEqual(makePng(600, 200))
		const budget = fitPictures([{ ref: 'canvas:c', title: 'c', png: makePng(2000, 1000) }], {
			maxInches: { width: 10, height: 10 },
			byteBudget: 500,
		})
		expect(budget.every((p) => p.png.length <= 500)).toBe(true)
	})
})
