import { decodePng, downscale, encodePng, type RgbaImage } from './pngCodec'
import { pngSize } from './pngSize'

/** A picture for the Word file: a PNG and what it shows. */
export interface DocxPicture {
	/** `canvas:<stage>` or `chart:<name>` (see `PlanImageBlock`). */
	ref: string
	/** What it shows (资源识别 …), for its caption. */
	title: string
	png: Uint8Array
}

/** A picture ready to place: its PNG and its size in pixels. */
export interface FittedPicture extends DocxPicture {
	width: number
	height: number
}

/** The finest resolution a picture is kept at, for the size it is printed at. */
export const MAX_PICTURE_DPI = 300

/** The most bytes all pictures of one Word file may take together (the file stays under 3 MB). */
export const PICTURE_BYTE_BUDGET = 2_400_000

/** Options of `fitPictures`. */
export interface FitPicturesOptions {
	/** The largest a picture is printed, in inches. */
	maxInches: { width: number; height: number }
	/** Default: MAX_PICTURE_DPI. */
	dpi?: number
	/** Default: PICTURE_BYTE_BUDGET. */
	byteBudget?: number
}

function fitBox(width: number, height: number, maxW: number, maxH: number): { width: number; height: number } {
	const scale = Math.min(1, maxW / width, maxH / height)
	return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) }
}

/**
 * The pictures, each no finer than `dpi` at the largest size it is printed at, and all of
 * them together within `byteBudget`: a PNG over either limit is decoded, scaled down
 * (box filter) and written again; while the total is over budget the largest picture is
 * scaled down further. A picture this cannot read (not a PNG, or one the decoder does not
 * know) is kept as it is when it fits the budget, else left out. Order is kept.
 */
export function fitPictures(pictures: readonly DocxPicture[], opts: FitPicturesOptions): FittedPicture[] {
	const dpi = opts.dpi ?? MAX_PICTURE_DPI
	const budget = opts.byteBudget ?? PICTURE_BYTE_BUDGET
	const maxW = Math.floor(opts.maxInches.width * dpi)
	const maxH = Math.floor(opts.maxInches.height * dpi)
	type Item = FittedPicture & { image: RgbaImage | null }
	const items: Item[] = []
	for (const p of pictures) {
		const size = pngSize(p.png)
		if (!size) continue
		if (size.width <= maxW && size.height <= maxH) {
			items.push({ ...p, ...size, image: null })
			continue
		}
		const image = decodePng(p.png)
		if (!image) {
			items.push({ ...p, ...size, image: null })
			continue
		}
		const box = fitBox(image.width, image.height, maxW, maxH)
		const small = downscale(image, box.width, box.height)
		items.push({ ...p, png: encodePng(small), width: small.width, height: small.height, image: small })
	}
	const total = () => items.reduce((sum, i) => sum + i.png.length, 0)
	for (let round = 0; round < 8 && total() > budget && items.length > 0; round++) {
		const largest = items.reduce((a, b) => (b.png.length > a.png.length ? b : a))
		const image = largest.image ?? decodePng(largest.png)
		if (!image) {
			items.splice(items.indexOf(largest), 1)
			continue
		}
		// PNG bytes grow roughly with the pixel count: aim a little under the share needed.
		const over = total() / budget
		const factor = Math.max(0.5, Math.min(0.9, Math.sqrt(1 / over) * 0.95))
		const small = downscale(image, image.width * factor, image.height * factor)
		Object.assign(largest, { png: encodePng(small), width: small.width, height: small.height, image: small })
	}
	while (total() > budget && items.length > 0) items.pop()
	return items.map(({ image: _image, ...rest }) => rest)
}
