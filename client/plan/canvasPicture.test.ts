import { afterEach, describe, expect, it } from 'vitest'
import { forgetCanvasPictures, leaveCanvasPictures, takeCanvasPictures } from './canvasPicture'

function fakeStorage(): Storage {
	const map = new Map<string, string>()
	return {
		get length() {
			return map.size
		},
		clear: () => map.clear(),
		getItem: (k) => map.get(k) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (k) => void map.delete(k),
		setItem: (k, v) => void map.set(k, String(v)),
	}
}

const original = globalThis.localStorage

afterEach(() => {
	Object.defineProperty(globalThis, 'localStorage', { value: original, configurable: true })
})

describe('canvas pictures left for the print page', () => {
	it('are taken once, per board, and only pictures of canvas stages as image data URLs', () => {
		Object.defineProperty(globalThis, 'localStorage', { value: fakeStorage(), configurable: true })
		leaveCanvasPictures('b1', [
			{ ref: 'canvas:identification', title: '资源识别', url: 'data:image/jpeg;base64,AAAA' },
			{ ref: 'canvas:allocation', title: '资源配置', url: 'javascript:alert(1)' },
			{ ref: 'http://x', title: 'x', url: 'data:image/png;base64,AAAA' },
		])
		expect(takeCanvasPictures('b2')).toEqual([])
		expect(takeCanvasPictures('b1')).toEqual([
			{ ref: 'canvas:identification', title: '资源识别', url: 'data:image/jpeg;base64,AAAA' },
		])
		expect(takeCanvasPictures('b1')).toEqual([])
		localStorage.setItem('niudai.canvasPicture.b3', 'not json')
		expect(takeCanvasPictures('b3')).toEqual([])
		leaveCanvasPictures('b4', [{ ref: 'canvas:board', title: '白板全貌', url: 'data:image/png;base64,AA' }])
		forgetCanvasPictures('b4')
		expect(takeCanvasPictures('b4')).toEqual([])
	})
})
