import type { Editor, TLShape, TLShapeId } from '@tldraw/tldraw'
import { readLaneMeta, STAGES, type Stage } from '../../shared/templates/laneMeta'

/** A picture of part of the canvas: `canvas:<stage>` (or `canvas:board` for the whole page). */
export interface StagePicture {
	ref: string
	/** What it shows: the stage frame's name, or the given title of the whole page. */
	title: string
	blob: Blob
}

/** Options of `stagePictures`. */
export interface StagePictureOptions {
	format: 'png' | 'jpeg'
	/** The largest picture, in pixels: a picture is scaled to fit, never enlarged past 2×. */
	maxWidth: number
	maxHeight: number
	/** The title of the one picture of the whole page, when the page has no stage frames. */
	boardTitle: string
	/** JPEG quality (0–1). */
	quality?: number
}

/**
 * The print size of a picture in the Word file's appendix (landscape A4, 2.54 cm margins,
 * 80% of the height) at 220 dpi — under the 300 dpi the server keeps at most.
 */
export const DOCX_PICTURE_PIXELS = { maxWidth: 2130, maxHeight: 1100 } as const

function stageOf(shape: TLShape): Stage | null {
	if (shape.type !== 'frame') return null
	const lane = readLaneMeta(shape.meta)
	return lane?.role === 'stage' && lane.stage ? lane.stage : null
}

/**
 * One picture per stage frame of the current page (资源识别, 资源配置, 资源利用 — in that
 * order), each cropped to its frame with the cards and arrows over it, and scaled to fit
 * `maxWidth` × `maxHeight`; a page without stage frames gives one picture of everything
 * on it. Empty when the page is empty.
 */
export async function stagePictures(editor: Editor, opts: StagePictureOptions): Promise<StagePicture[]> {
	const shapes = editor.getCurrentPageShapes()
	if (shapes.length === 0) return []
	const stages = shapes
		.map((s) => ({ shape: s, stage: stageOf(s) }))
		.filter((s): s is { shape: TLShape; stage: Stage } => s.stage !== null)
		.sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.shape.x - b.shape.x)
	const areas =
		stages.length > 0
			? stages.map(({ shape, stage }) => ({
					ref: `canvas:${stage}`,
					title: (shape.props as { name?: string }).name?.trim() || opts.boardTitle,
					bounds: editor.getShapePageBounds(shape.id),
				}))
			: [{ ref: 'canvas:board', title: opts.boardTitle, bounds: editor.getCurrentPageBounds() }]
	const out: StagePicture[] = []
	for (const area of areas) {
		const bounds = area.bounds
		if (!bounds || bounds.w <= 0 || bounds.h <= 0) continue
		const ids: TLShapeId[] = shapes
			.filter((s) => {
				const b = editor.getShapePageBounds(s.id)
				return b?.collides(bounds) === true
			})
			.map((s) => s.id)
		if (ids.length === 0) continue
		const scale = Math.min(opts.maxWidth / bounds.w, opts.maxHeight / bounds.h, 2)
		const { blob } = await editor.toImage(ids, {
			format: opts.format,
			bounds,
			scale,
			pixelRatio: 1,
			padding: 0,
			background: true,
			quality: opts.quality,
		})
		out.push({ ref: area.ref, title: area.title, blob })
	}
	return out
}

/** A blob's bytes as base64 (for a JSON body). */
export async function blobBase64(blob: Blob): Promise<string> {
	const bytes = new Uint8Array(await blob.arrayBuffer())
	let binary = ''
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
	return btoa(binary)
}

/** A blob as a data URL. */
export function blobDataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader()
		reader.onload = () => resolve(String(reader.result))
		reader.onerror = () => reject(reader.error)
		reader.readAsDataURL(blob)
	})
}
