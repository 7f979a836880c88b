/** tldraw's shapes drawn by hand, with styles (colour, dash, fill, size) worth a style panel. */
const DRAWN_SHAPES: ReadonlySet<string> = new Set(['draw', 'geo', 'arrow', 'line', 'text', 'note', 'highlight'])

/**
 * Whether tldraw's style panel shows: while one of the drawing tools is in hand (to pick the
 * next shape's colour), or when everything selected is a drawn shape. Never for cards, lanes
 * and frames, pictures, or an empty selection — it would only cover the board.
 */
export function stylePanelShown(currentToolId: string, selectedTypes: readonly string[]): boolean {
	if (DRAWN_SHAPES.has(currentToolId)) return true
	if (currentToolId !== 'select' || selectedTypes.length === 0) return false
	return selectedTypes.every((type) => DRAWN_SHAPES.has(type))
}
