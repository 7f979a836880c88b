import { type TLShapeId, useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import './guidance.css'
import { isCardKind } from '../../shared/domain/cardProps'
import { useBoardContext } from '../board/BoardContext'
import { createCardAt } from './createCardInLane'
import { emptyLeafLanes } from './emptyLanes'
import { focusInspectorSoon } from './focusInspector'
import { laneAreas } from './laneAreas'

/** Below this width on screen (CSS px) a lane is too small to carry its hint. */
const MIN_HINT_WIDTH = 96

/**
 * In every template lane still without a card, a hint that says what goes there
 * (点这里添加需求) — drawn over the lane, never stored in the board — and adds that card
 * centred in the lane when clicked or activated from the keyboard. Editors only.
 */
export function LaneHints() {
	const editor = useEditor()
	const { t } = useTranslation()
	const { panel } = useBoardContext()
	const hints = useValue('empty lane hints', () => {
		if (editor.getIsReadonly()) return []
		const centres: { x: number; y: number }[] = []
		for (const shape of editor.getCurrentPageShapes()) {
			if (!isCardKind(shape.type)) continue
			const b = editor.getShapePageBounds(shape)
			if (b) centres.push(b.center)
		}
		const zoom = editor.getZoomLevel()
		return emptyLeafLanes(laneAreas(editor), centres)
			.map((lane) => {
				const topLeft = editor.pageToViewport({ x: lane.box.x, y: lane.box.y })
				const name = editor.getShape(lane.id as TLShapeId)?.props as { name?: string } | undefined
				return {
					...lane,
					name: name?.name ?? '',
					screen: { x: topLeft.x, y: topLeft.y, w: lane.box.w * zoom, h: lane.box.h * zoom },
				}
			})
			.filter((lane) => lane.screen.w >= MIN_HINT_WIDTH && lane.screen.h >= 40)
	}, [editor])
	// The lists and the dispatch view cover the canvas: nothing to click through them.
	if (hints.length === 0 || panel === 'lists' || panel === 'dispatch') return null
	return (
		<div className="nd-lane-hints">
			{hints.map((lane) => {
				const kind = t(`cards.kind.${lane.kind}`)
				return (
					<button
						key={lane.id}
						type="button"
						className="nd-lane-hint"
						data-testid="lane-hint"
						data-lane={lane.id}
						data-kind={lane.kind}
						style={{
							left: lane.screen.x + lane.screen.w / 2,
							top: lane.screen.y + lane.screen.h / 2,
							maxWidth: lane.screen.w - 16,
						}}
						onClick={(event) => {
							const id = createCardAt(editor, lane.kind, lane.box)
							// From the keyboard (no pointer position), go on typing in the card's first field.
							if (event.detail === 0) focusInspectorSoon(editor, id)
						}}
					>
						<span aria-hidden="true">+ </span>
						{t('guidance.laneHint', { kind })}
						{/* Screen readers also hear which lane (the frame's name is drawn on the canvas only). */}
						<span className="nd-sr-only">{t('guidance.laneHintWhere', { lane: lane.name })}</span>
					</button>
				)
			})}
		</div>
	)
}
