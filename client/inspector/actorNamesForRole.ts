/** An actor card as the suggestions need it. */
export interface BoardActor {
	name: string
	/** Its dispatch roles (ACTOR_ROLES values). */
	roles: readonly string[]
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

/**
 * The actors' names to suggest for a field: each name once, those that hold `role` (a
 * dispatch role such as 'applicant') first, then the others, each group sorted.
 */
export function actorNamesForRole(actors: readonly BoardActor[], role: string | null): string[] {
	const holders = new Set<string>()
	const others = new Set<string>()
	for (const actor of actors) {
		if (role !== null && actor.roles.includes(role)) holders.add(actor.name)
		else others.add(actor.name)
	}
	for (const name of holders) others.delete(name)
	return [...[...holders].sort(byName), ...[...others].sort(byName)]
}
