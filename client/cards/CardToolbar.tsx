import { DefaultToolbar, DefaultToolbarContent, TldrawUiMenuItem, useIsToolSelected, useTools } from '@tldraw/tldraw'
import { CARD_KINDS, type CardKind } from '../../shared/domain/cardProps'
import { toolbarKey, toolKey } from './cardUiOverrides'

/**
 * One card tool's button. Its name carries the shortcut ("需求 (1)") for mouse and
 * screen reader alike, so tldraw is not asked to append the key to the tooltip again.
 */
function CardToolItem({ kind }: { kind: CardKind }) {
	const tools = useTools()
	const tool = tools[kind]
	const isSelected = useIsToolSelected(tool)
	if (!tool) return null
	const label = { default: toolKey(kind), toolbar: toolbarKey(kind), 'toolbar-overflow': toolbarKey(kind) }
	return <TldrawUiMenuItem {...tool} label={label} kbd={undefined} isSelected={isSelected} />
}

/** tldraw's toolbar with the four card tools first. */
export function CardToolbar() {
	return (
		<DefaultToolbar>
			{CARD_KINDS.map((kind) => (
				<CardToolItem key={kind} kind={kind} />
			))}
			<DefaultToolbarContent />
		</DefaultToolbar>
	)
}
