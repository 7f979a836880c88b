/**
 * Competition ranks ("1224" ranking) of items already sorted best first: an item that
 * ties with the one before it (`tie(prev, item)`) shares its rank, and the next item
 * skips as many ranks as there were ties. `[5, 3, 3, 1]` by equal value → `[1, 2, 2, 4]`.
 */
export function competitionRanks<T>(sorted: readonly T[], tie: (a: T, b: T) => boolean): number[] {
	const ranks: number[] = []
	for (let i = 0; i < sorted.length; i++) {
		ranks.push(i > 0 && tie(sorted[i - 1], sorted[i]) ? ranks[i - 1] : i + 1)
	}
	return ranks
}
