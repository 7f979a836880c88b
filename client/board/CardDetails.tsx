import { useEditor, useValue } from '@tldraw/tldraw'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { isCardKind } from '../../shared/domain/cardProps'
import type { TLCardShape } from '../../shared/domain/cardShapeTypes'
import { CardInspector } from '../inspector/CardInspector'
import { useBoardContext } from './BoardContext'
import { detailsButtonPosition } from './detailsButtonPosition'
import { useNarrowScreen } from './useNarrowScreen'

/** The one card selected, or null. */
function useSelectedCard(): TLCardShape | null {
	const editor = useEditor()
	return useValue('selected card', () => {
		const only = editor.getOnlySelectedShape()
		return only && isCardKind(only.type) ? (only as TLCardShape) : null
	}, [editor])
}

/**
 * On a phone: a 详情 button under the selected card, and the sheet it opens with every
 * field of the card (the same inspector as on a laptop, read-only for viewers).
 */
export function CardDetails() {
	const { t } = useTranslation()
	const editor = useEditor()
	const narrow = useNarrowScreen()
	const { panel, setPanel } = useBoardContext()
	const card = useSelectedCard()
	const open = panel === 'details'
	// Where the button goes: under the card on screen, kept clear of the bars.
	const position = useValue('details button position', () => {
		if (!card) return null
		const bounds = editor.getSelectionScreenBounds()
		const screen = editor.getViewportScreenBounds()
		if (!bounds) return null
		const bar = document.querySelector('.nd-topbar')?.getBoundingClientRect().bottom ?? 56
		const toolbar = document.querySelector('.tlui-layout__bottom')?.getBoundingClientRect().top ?? screen.h - 120
		return detailsButtonPosition(
			{ x: bounds.x - screen.x, y: bounds.y - screen.y, w: bounds.w, h: bounds.h },
			{ w: screen.w, top: bar, bottom: toolbar },
		)
	}, [editor, card])

	// The sheet closes when no card is selected any more.
	useEffect(() => {
		if (open && !card) setPanel(null)
	}, [open, card, setPanel])

	if (!narrow || !card) return null
	if (open) {
		return (
			<aside className="nd-panel nd-card-sheet" data-testid="card-details-sheet" aria-label={t('boardLayout.details')}>
				<header className="nd-panel__head">
					<h2>{t('boardLayout.details')}</h2>
					<button
						type="button"
						className="nd-link nd-card-sheet__close"
						aria-label={t('boardLayout.closeDetails')}
						data-testid="card-details-close"
						onClick={() => setPanel(null)}
					>
						✕
					</button>
				</header>
				<CardInspector shape={card} />
			</aside>
		)
	}
	// Another panel or sheet is open: no button floating over it (nor over the cards' own buttons).
	if (!position || panel !== null) return null
	return (
		<button
			type="button"
			className="nd-button nd-button--primary nd-card-details"
			style={{ left: position.x, top: position.y }}
			title={t('boardLayout.detailsHint')}
			data-testid="card-details"
			// The canvas below must not take this touch as the start of a gesture.
			onPointerDown={(e) => e.stopPropagation()}
			onClick={() => setPanel('details')}
		>
			{t('boardLayout.details')}
		</button>
	)
}
