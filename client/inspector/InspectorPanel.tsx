import { DefaultStylePanel, type TLArrowShape, useEditor, useValue } from '@tldraw/tldraw'
import { useState } from 'react'
import { isCardKind } from '../../shared/domain/cardProps'
import type { TLCardShape } from '../../shared/domain/cardShapeTypes'
import { useBoardContext } from '../board/BoardContext'
import { useNarrowScreen } from '../board/useNarrowScreen'
import { CardInspector } from './CardInspector'
import { LinkInspector } from './LinkInspector'
import { useStylePanelShown } from './useStylePanelShown'

/**
 * Replaces tldraw's style panel: one selected card shows its inspector, one selected
 * link arrow shows the link form above the arrow styles, anything else the styles. On a
 * wide screen a project's inspector can be widened (its tables then show in columns).
 * tldraw's styles show only for drawn shapes (stylePanelShown), never over lanes and cards,
 * nor while the lists or the dispatch view cover the canvas.
 */
export function InspectorPanel() {
	const editor = useEditor()
	const narrow = useNarrowScreen()
	const { panel } = useBoardContext()
	const [wide, setWide] = useState(false)
	const only = useValue('only selected shape', () => editor.getOnlySelectedShape(), [editor])
	const showStyles = useStylePanelShown()
	if (only && isCardKind(only.type)) {
		return (
			<CardInspector
				shape={only as TLCardShape}
				wide={wide && !narrow}
				onToggleWide={narrow ? undefined : () => setWide(!wide)}
			/>
		)
	}
	if (only?.type === 'arrow' && (only as TLArrowShape).meta.link) {
		return (
			<div className="nd-inspector-stack">
				<LinkInspector arrow={only as TLArrowShape} />
				<DefaultStylePanel />
			</div>
		)
	}
	if (panel === 'lists' || panel === 'dispatch' || !showStyles) return null
	return <DefaultStylePanel />
}
