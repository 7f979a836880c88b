import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardPreview as Preview } from '../../shared/preview/boardPreviewTypes'
import { KIND_COLORS } from '../cards/cardStyle'
import { cameraTransform, type PreviewCamera, zoomBoost } from './fitPreview'

/** tldraw's sticky-note fills (light theme), by colour name. */
const NOTE_FILLS: Record<string, string> = {
	black: '#fce19c',
	blue: '#8aa3ff',
	green: '#6fc896',
	grey: '#c0cad3',
	'light-blue': '#9bc4fd',
	'light-green': '#98d08a',
	'light-red': '#f7a5a1',
	'light-violet': '#dfb0f9',
	orange: '#faa475',
	red: '#fc8282',
	violet: '#db91fd',
	yellow: '#fed49a',
	white: '#ffffff',
}

/** tldraw's arrow colours (light theme), by colour name. */
const LINK_COLORS: Record<string, string> = {
	black: '#1d1d1d',
	grey: '#9fa8b2',
	'light-violet': '#e085f4',
	violet: '#ae3ec9',
	blue: '#4465e9',
	'light-blue': '#4ba1f1',
	yellow: '#f1ac4b',
	orange: '#e16919',
	green: '#099268',
	'light-green': '#4cb05e',
	'light-red': '#f87777',
	red: '#e03131',
	white: '#ffffff',
}

const placed = (b: { x: number; y: number; w: number; h: number; r?: number }): CSSProperties => ({
	left: b.x,
	top: b.y,
	width: b.w,
	height: b.h,
	transform: b.r ? `rotate(${b.r}rad)` : undefined,
})

/**
 * A board drawn as plain DOM in page coordinates through `camera`, as the canvas draws it:
 * frames with their names, cards in their kind's colours with the kind's word and the
 * title, sticky notes as boxes of their colour, links as straight lines. Read-only; no tldraw.
 */
export function BoardPreview({ preview, camera }: { preview: Preview; camera: PreviewCamera }) {
	const { t } = useTranslation()
	const { bounds } = preview
	const style = {
		transform: cameraTransform(camera),
		'--nd-zoom-boost': zoomBoost(camera.z),
		'--nd-preview-zoom': camera.z,
		'--nd-preview-unscale': 1 / camera.z,
	} as CSSProperties
	return (
		<div className="nd-preview__page" style={style}>
			{preview.frames.map((f) => (
				<div key={f.id} className="nd-preview-frame" style={placed(f)}>
					{/* As tldraw's heading: no wider on screen than the frame (and its 16 px), so names never run together. */}
					<span
						className="nd-preview-frame__name"
						style={{ maxWidth: `calc(var(--nd-preview-zoom) * ${f.w}px + 16px)` }}
					>
						{f.name}
					</span>
				</div>
			))}
			{preview.notes.map((n) => (
				<div
					key={n.id}
					className="nd-preview-note"
					style={{ ...placed(n), background: NOTE_FILLS[n.color] ?? NOTE_FILLS.yellow }}
				/>
			))}
			{preview.cards.map((c) => {
				const colors = KIND_COLORS[c.kind]
				return (
					<div
						key={c.id}
						className="nd-preview-card"
						data-card-kind={c.kind}
						data-shape-id={c.id}
						style={{ ...placed(c), borderColor: colors.accent, background: colors.tint }}
					>
						<div className="nd-preview-card__kind" style={{ color: colors.accent }}>
							{t(`cards.kind.${c.kind}`)}
						</div>
						<div className="nd-preview-card__title">{c.title || t('cards.untitled')}</div>
					</div>
				)
			})}
			{bounds && preview.links.length > 0 && (
				<svg
					className="nd-preview__links"
					aria-hidden="true"
					style={placed(bounds)}
					viewBox={`${bounds.x} ${bounds.y} ${Math.max(bounds.w, 1)} ${Math.max(bounds.h, 1)}`}
				>
					{preview.links.map((l, i) => (
						<line
							// biome-ignore lint/suspicious/noArrayIndexKey: links have no id in a preview, and never reorder
							key={i}
							x1={l.x1}
							y1={l.y1}
							x2={l.x2}
							y2={l.y2}
							stroke={LINK_COLORS[l.color] ?? LINK_COLORS.black}
						/>
					))}
				</svg>
			)}
		</div>
	)
}
