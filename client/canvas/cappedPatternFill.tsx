import {
	ArrowShapeUtil,
	DefaultFontStyle,
	DrawShapeUtil,
	GeoShapeUtil,
	suffixSafeId,
	type TLShapeUtilCanvasSvgDef,
	tlenv,
	useEditor,
	useSharedSafeId,
	useValue,
} from '@tldraw/tldraw'
import { useEffect, useRef, useState } from 'react'

/**
 * tldraw's hatch ("pattern") fill, drawn without its start-up cost on phones.
 *
 * tldraw draws one PNG tile per power-of-two zoom level up to the ratio of its largest to
 * its smallest zoom step (8 / 0.05 = 160, so levels 1…256), each 8 × zoom × devicePixelRatio
 * pixels square, for both themes: on a phone (ratio 3) that is two 6,144 px tiles among
 * others — some 100 million pixels PNG-encoded before the first card is painted, 20 of the
 * 55 seconds a loaded machine took to show the example board. The canvas never zooms past
 * 8 (level 3), so tiles stop there: levels above reuse the level-3 tile (a hatch drawn
 * twice as large as its tile only looks softer at a shape scaled up beyond 8×), and every
 * pattern id tldraw's shapes refer to exists as before.
 */

/** Side of the pattern tile in page units (as tldraw). */
const TILE = 8
/** The highest level drawn as its own tile: zoom 8, the canvas's largest zoom step. */
const MAX_DRAWN_LOD = 3

/** The level of detail of a zoom: ⌈log2 zoom⌉, 0 below 1 (as tldraw). */
export function patternLod(zoom: number): number {
	return Math.ceil(Math.log2(Math.max(1, zoom)))
}

/** The zoom levels whose pattern ids shapes may use, and the zoom of the tile each is drawn with. */
export function patternLevels(maxEffectiveZoom: number): { zoom: number; tileZoom: number }[] {
	const out: { zoom: number; tileZoom: number }[] = []
	for (let lod = 0; lod <= patternLod(maxEffectiveZoom); lod++) {
		out.push({ zoom: 2 ** lod, tileZoom: 2 ** Math.min(lod, MAX_DRAWN_LOD) })
	}
	return out
}

function drawTile(dpr: number, zoom: number, solid: string): Promise<Blob> {
	return new Promise((resolve, reject) => {
		const size = TILE * zoom * dpr
		const canvas = document.createElement('canvas')
		canvas.width = size
		canvas.height = size
		const ctx = canvas.getContext('2d')
		if (!ctx) {
			reject(new Error('no 2d context'))
			return
		}
		ctx.fillStyle = solid
		ctx.fillRect(0, 0, size, size)
		ctx.globalCompositeOperation = 'destination-out'
		ctx.lineCap = 'round'
		ctx.lineWidth = 1.25 * zoom * dpr
		const t = 8 / 12
		const s = (v: number) => v * zoom * dpr
		ctx.beginPath()
		ctx.moveTo(s(t * 1), s(t * 3))
		ctx.lineTo(s(t * 3), s(t * 1))
		ctx.moveTo(s(t * 5), s(t * 7))
		ctx.lineTo(s(t * 7), s(t * 5))
		ctx.moveTo(s(t * 9), s(t * 11))
		ctx.lineTo(s(t * 11), s(t * 9))
		ctx.stroke()
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))))
	})
}

const tiles = new Map<string, Promise<Blob>>()
function tile(dpr: number, zoom: number, solid: string): Promise<Blob> {
	const key = `${dpr}_${zoom}_${solid}`
	let blob = tiles.get(key)
	if (!blob) {
		blob = drawTile(dpr, zoom, solid)
		blob.catch(() => tiles.delete(key))
		tiles.set(key, blob)
	}
	return blob
}

interface PatternUrl {
	zoom: number
	theme: 'light' | 'dark'
	url: string
}

function CappedPatternFillDefs() {
	const editor = useEditor()
	const ref = useRef<SVGGElement>(null)
	const dpr = useValue('devicePixelRatio', () => editor.getInstanceState().devicePixelRatio, [editor])
	const maxEffectiveZoom = useValue('maxEffectiveZoom', () => {
		const steps = editor.getCameraOptions().zoomSteps
		return (steps[steps.length - 1] ?? 8) / (steps[0] ?? 1)
	}, [editor])
	// The hash pattern ids tldraw's PatternFill refers to: the shared "hash_pattern" id + theme + level.
	const baseId = useSharedSafeId('hash_pattern')
	const [urls, setUrls] = useState<PatternUrl[]>([])
	const [ready, setReady] = useState(false)

	useEffect(() => {
		const theme = editor.getCurrentTheme()
		const solids = { light: theme.colors.light.solid, dark: theme.colors.dark.solid } as const
		let cancelled = false
		const made: string[] = []
		const levels = patternLevels(maxEffectiveZoom)
		Promise.all(
			levels.flatMap(({ zoom, tileZoom }) =>
				(['light', 'dark'] as const).map(async (mode) => {
					const url = URL.createObjectURL(await tile(dpr, tileZoom, solids[mode]))
					made.push(url)
					return { zoom, theme: mode, url }
				}),
			),
		).then(
			(all) => {
				if (cancelled) return
				setUrls(all)
				setReady(true)
			},
			() => undefined,
		)
		return () => {
			cancelled = true
			setReady(false)
			for (const url of made) URL.revokeObjectURL(url)
		}
	}, [editor, dpr, maxEffectiveZoom])

	useEffect(() => {
		// As tldraw: Safari repaints the html layer once the patterns exist.
		if (!ready || !tlenv.isSafari) return
		let el: Element | null = ref.current
		while (el && !el.classList.contains('tl-html-layer')) el = el.parentElement
		const layer = el as HTMLElement | null
		if (!layer) return
		editor.timers.requestAnimationFrame(() => {
			layer.style.display = 'none'
			editor.timers.requestAnimationFrame(() => {
				layer.style.display = ''
			})
		})
	}, [editor, ready])

	return (
		<g ref={ref} data-testid={ready ? 'ready-pattern-fill-defs' : undefined}>
			{urls.map((item) => {
				const id = suffixSafeId(baseId, `${item.theme}_${patternLod(item.zoom)}`)
				return (
					<pattern key={id} id={id} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
						<image href={item.url} width={TILE} height={TILE} />
					</pattern>
				)
			})}
		</g>
	)
}

/** The canvas def of the hatch fill, under tldraw's key so it stands in for tldraw's own. */
export function cappedPatternFillDef(): TLShapeUtilCanvasSvgDef {
	return { key: `${DefaultFontStyle.id}:pattern`, component: CappedPatternFillDefs }
}

/** tldraw's geo shape with the capped hatch fill. */
export class NdGeoShapeUtil extends GeoShapeUtil {
	override getCanvasSvgDefs() {
		return [cappedPatternFillDef()]
	}
}

/** tldraw's draw shape with the capped hatch fill. */
export class NdDrawShapeUtil extends DrawShapeUtil {
	override getCanvasSvgDefs() {
		return [cappedPatternFillDef()]
	}
}

/** tldraw's arrow with the capped hatch fill. */
export class NdArrowShapeUtil extends ArrowShapeUtil {
	override getCanvasSvgDefs() {
		return [cappedPatternFillDef()]
	}
}

/** The default shapes whose canvas defs are replaced (same types, props and migrations as tldraw's). */
export const cappedFillShapeUtils = [NdGeoShapeUtil, NdDrawShapeUtil, NdArrowShapeUtil] as const
