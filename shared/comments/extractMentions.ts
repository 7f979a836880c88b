/**
 * The known names @mentioned in a comment body, each once, in order of appearance. A name
 * counts only right after "@" and when it is the longest known name there (so "@王主任"
 * is 王主任, not 王, when both are known). Names are matched exactly.
 */
export function extractMentions(body: string, knownNames: readonly string[]): string[] {
	const names = [...new Set(knownNames.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length)
	const found: string[] = []
	for (let i = body.indexOf('@'); i !== -1; i = body.indexOf('@', i + 1)) {
		const rest = body.slice(i + 1)
		const name = names.find((n) => rest.startsWith(n))
		if (name && !found.includes(name)) found.push(name)
	}
	return found
}

/**
 * The "@…" being typed at `caret` (for autocomplete): the text after the last "@" before the
 * caret, when it holds no whitespace and is at most 20 characters; null otherwise.
 */
export function mentionQueryAt(body: string, caret: number): { start: number; query: string } | null {
	const before = body.slice(0, caret)
	const at = before.lastIndexOf('@')
	if (at === -1) return null
	const query = before.slice(at + 1)
	if (/\s/.test(query) || query.length > 20) return null
	return { start: at, query }
}

/** Known names that start with (then contain) `query`, case-insensitive, at most `limit`. */
export function mentionCandidates(query: string, knownNames: readonly string[], limit = 6): string[] {
	const q = query.toLowerCase()
	const unique = [...new Set(knownNames.filter((n) => n.length > 0))]
	const starts = unique.filter((n) => n.toLowerCase().startsWith(q))
	const contains = unique.filter((n) => !n.toLowerCase().startsWith(q) && n.toLowerCase().includes(q))
	return [...starts, ...contains].slice(0, limit)
}
