import { DefaultStylePanel, type TLArrowShape, useEditor, useValue } from '@tldraw/tldraw'
import { isCardKind } from '../../shared/domain/cardProps'
import type { TLCardShape } from '../../shared/domain/cardShapeTypes'
import { CardInspector } from './CardInspector'
import { LinkInspector } from './LinkInspector'

/**
 * Replaces tldraw's style panel: one selected card shows its inspector, one selected
 * link arrow shows the link form above the arrow styles, anything else the styles.
 */
export function InspectorPanel() {
	const editor = useEditor()
	const only = useValue('only selected shape', () => editor.getOnlySelectedShape(), [editor])
	if (only && isCardKind(only.type)) return <CardInspector shape={only as TLCardShape} />
	if (only?.type === 'arrow' && (only as TLArrowShape).meta.link) {
		return (
			<div className="nd-inspector-stack">
				<LinkInspector arrow={only as TLArrowShape} />
				<DefaultStylePanel />
			</div>
		)
	}
	return <DefaultStylePanel />
}
