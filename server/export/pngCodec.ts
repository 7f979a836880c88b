/**
 * A small PNG decoder and encoder for the pictures of the Word export: 8-bit grey, grey +
 * alpha, RGB, RGBA and palette images, not interlaced — what browsers' canvas exports
 * write — decoded to RGBA; written back as RGB (or RGBA when some pixel is not opaque)
 * with an adaptive filter per row. Anything else is refused (null), so the caller keeps
 * the original bytes.
 */
import { deflateSync, inflateSync } from 'node:zlib'

/** An RGBA image, 4 bytes a pixel, rows top to bottom. */
export interface RgbaImage {
	width: number
	height: number
	data: Uint8Array
}

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The most pixels a picture may have to be decoded (a 64-megapixel canvas). */
export const MAX_DECODE_PIXELS = 64 * 1024 * 1024

const CRC_TABLE = (() => {
	const table = new Uint32Array(256)
	for (let n = 0; n < 256; n++) {
		let c = n
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
		table[n] = c >>> 0
	}
	return table
})()

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff
	for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
	return (c ^ 0xffffffff) >>> 0
}

function paeth(a: number, b: number, c: number): number {
	const p = a + b - c
	const pa = Math.abs(p - a)
	const pb = Math.abs(p - b)
	const pc = Math.abs(p - c)
	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** The RGBA pixels of a PNG, or null when it is not one this decoder reads. Never throws. */
export function decodePng(png: Uint8Array): RgbaImage | null {
	try {
		return decode(png)
	} catch {
		return null
	}
}

function decode(png: Uint8Array): RgbaImage | null {
	if (png.length < 33 || !SIGNATURE.every((b, i) => png[i] === b)) return null
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
	let pos = 8
	let width = 0
	let height = 0
	let colorType = -1
	let palette: Uint8Array | null = null
	let transparency: Uint8Array | null = null
	const idat: Uint8Array[] = []
	while (pos + 8 <= png.length) {
		const length = view.getUint32(pos)
		const type = String.fromCharCode(png[pos + 4], png[pos + 5], png[pos + 6], png[pos + 7])
		const data = png.subarray(pos + 8, pos + 8 + length)
		if (data.length !== length) return null
		if (type === 'IHDR') {
			width = view.getUint32(pos + 8)
			height = view.getUint32(pos + 12)
			const bitDepth = png[pos + 16]
			colorType = png[pos + 17]
			const interlace = png[pos + 20]
			if (bitDepth !== 8 || interlace !== 0 || ![0, 2, 3, 4, 6].includes(colorType)) return null
			if (width === 0 || height === 0 || width * height > MAX_DECODE_PIXELS) return null
		} else if (type === 'PLTE') palette = data
		else if (type === 'tRNS') transparency = data
		else if (type === 'IDAT') idat.push(data)
		else if (type === 'IEND') break
		pos += 12 + length
	}
	if (width === 0 || idat.length === 0) return null
	if (colorType === 3 && !palette) return null
	const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType as 0 | 2 | 3 | 4 | 6]
	const stride = width * channels
	const raw = inflateSync(Buffer.concat(idat))
	if (raw.length < (stride + 1) * height) return null
	const pixels = new Uint8Array(stride * height)
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)]
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
		const out = pixels.subarray(y * stride, (y + 1) * stride)
		const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null
		for (let x = 0; x < stride; x++) {
			const a = x >= channels ? out[x - channels] : 0
			const b = prev ? prev[x] : 0
			const c = prev && x >= channels ? prev[x - channels] : 0
			let v = line[x]
			if (filter === 1) v += a
			else if (filter === 2) v += b
			else if (filter === 3) v += (a + b) >> 1
			else if (filter === 4) v += paeth(a, b, c)
			else if (filter !== 0) return null
			out[x] = v & 0xff
		}
	}
	const rgba = new Uint8Array(width * height * 4)
	for (let i = 0, j = 0; i < width * height; i++, j += 4) {
		if (colorType === 6) rgba.set(pixels.subarray(i * 4, i * 4 + 4), j)
		else if (colorType === 2) {
			rgba[j] = pixels[i * 3]
			rgba[j + 1] = pixels[i * 3 + 1]
			rgba[j + 2] = pixels[i * 3 + 2]
			rgba[j + 3] = 255
		} else if (colorType === 0) {
			rgba[j] = rgba[j + 1] = rgba[j + 2] = pixels[i]
			rgba[j + 3] = 255
		} else if (colorType === 4) {
			rgba[j] = rgba[j + 1] = rgba[j + 2] = pixels[i * 2]
			rgba[j + 3] = pixels[i * 2 + 1]
		} else {
			const index = pixels[i]
			const p = palette as Uint8Array
			rgba[j] = p[index * 3] ?? 0
			rgba[j + 1] = p[index * 3 + 1] ?? 0
			rgba[j + 2] = p[index * 3 + 2] ?? 0
			rgba[j + 3] = transparency && index < transparency.length ? transparency[index] : 255
		}
	}
	return { width, height, data: rgba }
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length)
	const view = new DataView(out.buffer)
	view.setUint32(0, data.length)
	for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
	out.set(data, 8)
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
	return out
}

/**
 * A PNG of `image`: RGB when every pixel is opaque, else RGBA; each row with the filter
 * (none, sub, up, average, Paeth) whose output is smallest by the usual heuristic.
 */
export function encodePng(image: RgbaImage): Uint8Array {
	const { width, height, data } = image
	let opaque = true
	for (let i = 3; i < data.length; i += 4) {
		if (data[i] !== 255) {
			opaque = false
			break
		}
	}
	const channels = opaque ? 3 : 4
	const stride = width * channels
	const pixels = new Uint8Array(stride * height)
	if (opaque) {
		for (let i = 0, j = 0; i < width * height; i++, j += 3) {
			pixels[j] = data[i * 4]
			pixels[j + 1] = data[i * 4 + 1]
			pixels[j + 2] = data[i * 4 + 2]
		}
	} else pixels.set(data)
	const raw = new Uint8Array((stride + 1) * height)
	const candidate = new Uint8Array(stride)
	const best = new Uint8Array(stride)
	for (let y = 0; y < height; y++) {
		const line = pixels.subarray(y * stride, (y + 1) * stride)
		const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null
		let bestFilter = 0
		let bestScore = Number.POSITIVE_INFINITY
		for (let filter = 0; filter <= 4; filter++) {
			let score = 0
			for (let x = 0; x < stride; x++) {
				const a = x >= channels ? line[x - channels] : 0
				const b = prev ? prev[x] : 0
				const c = prev && x >= channels ? prev[x - channels] : 0
				const predictor =
					filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c)
				const v = (line[x] - predictor) & 0xff
				candidate[x] = v
				score += v < 128 ? v : 256 - v
			}
			if (score < bestScore) {
				bestScore = score
				bestFilter = filter
				best.set(candidate)
			}
		}
		raw[y * (stride + 1)] = bestFilter
		raw.set(best, y * (stride + 1) + 1)
	}
	const header = new Uint8Array(13)
	const hv = new DataView(header.buffer)
	hv.setUint32(0, width)
	hv.setUint32(4, height)
	header[8] = 8
	header[9] = opaque ? 2 : 6
	const parts = [
		SIGNATURE,
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', new Uint8Array()),
	]
	const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
	let pos = 0
	for (const p of parts) {
		out.set(p, pos)
		pos += p.length
	}
	return out
}

/**
 * `image` scaled down to `width` × `height` by averaging the source pixels each target
 * pixel covers (a box filter, weighted by coverage); alpha-weighted so transparent
 * pixels do not darken their neighbours.
 */
export function downscale(image: RgbaImage, width: number, height: number): RgbaImage {
	const w = Math.max(1, Math.min(image.width, Math.round(width)))
	const h = Math.max(1, Math.min(image.height, Math.round(height)))
	if (w === image.width && h === image.height) return image
	const sx = image.width / w
	const sy = image.height / h
	const out = new Uint8Array(w * h * 4)
	const src = image.data
	for (let ty = 0; ty < h; ty++) {
		const y0 = ty * sy
		const y1 = y0 + sy
		for (let tx = 0; tx < w; tx++) {
			const x0 = tx * sx
			const x1 = x0 + sx
			let r = 0
			let g = 0
			let b = 0
			let a = 0
			let area = 0
			for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
				const wy = Math.min(y + 1, y1) - Math.max(y, y0)
				for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
					const wx = Math.min(x + 1, x1) - Math.max(x, x0)
					const weight = wx * wy
					const i = (y * image.width + x) * 4
					const alpha = src[i + 3] * weight
					r += src[i] * alpha
					g += src[i + 1] * alpha
					b += src[i + 2] * alpha
					a += alpha
					area += weight
				}
			}
			const j = (ty * w + tx) * 4
			if (a > 0) {
				out[j] = Math.round(r / a)
				out[j + 1] = Math.round(g / a)
				out[j + 2] = Math.round(b / a)
			}
			out[j + 3] = Math.round(a / area)
		}
	}
	return { width: w, height: h, data: out }
}
