/** A card offered in a picker. */
export interface CardChoice {
	id: string
	kind: string
	title: string
}

/**
 * The cards whose title contains every space-separated word of `query` (case-insensitive),
 * in the given order, leaving out `exclude`; at most `limit`.
 */
export function searchCards(
	cards: readonly CardChoice[],
	query: string,
	exclude: ReadonlySet<string> = new Set(),
	limit = 8,
): CardChoice[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean)
	const out: CardChoice[] = []
	for (const card of cards) {
		if (exclude.has(card.id)) continue
		const title = card.title.toLowerCase()
		if (words.every((w) => title.includes(w))) out.push(card)
		if (out.length >= limit) break
	}
	return out
}
