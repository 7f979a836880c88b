import { DefaultToolbar, DefaultToolbarContent, ToolbarItem } from '@tldraw/tldraw'
import { CARD_KINDS } from '../../shared/domain/cardProps'

/** tldraw's toolbar with the four card tools first. */
export function CardToolbar() {
	return (
		<DefaultToolbar>
			{CARD_KINDS.map((kind) => (
				<ToolbarItem key={kind} tool={kind} />
			))}
			<DefaultToolbarContent />
		</DefaultToolbar>
	)
}
