import { competitionRanks } from './competitionRanks'

/**
 * Each need's 优先级: its competition rank by votes (most first; ties share a rank: 1, 2,
 * 2, 4), so a dot vote's ranking is the needs' priority everywhere — inspector, cards,
 * 需求清单, plan and exports. Empty while no need has votes (no vote has set any).
 */
export function needPriorities(needs: readonly { id: string; votes: number }[]): Map<string, number> {
	if (!needs.some((n) => n.votes > 0)) return new Map()
	const sorted = [...needs].sort((a, b) => b.votes - a.votes)
	const ranks = competitionRanks(sorted, (a, b) => a.votes === b.votes)
	return new Map(sorted.map((n, i) => [n.id, ranks[i]]))
}
