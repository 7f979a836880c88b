/**
 * Storage refused a write (disk full, I/O error). The room keeps the changes in memory
 * and is read-only until storage accepts them; REST answers 503 meanwhile.
 */
export class StorageUnavailableError extends Error {
	constructor(
		readonly boardId: string,
		readonly failure: unknown,
	) {
		super(`storage unavailable for board ${boardId}: ${failure instanceof Error ? failure.message : String(failure)}`)
	}
}
