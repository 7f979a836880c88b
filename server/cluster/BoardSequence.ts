/** A run of a board's stored updates, `first` to `last` (sequence numbers), with their bytes when known. */
export interface SeqRun {
	first: number
	last: number
	/** The updates; null for this node's own (already in its document). */
	updates: Uint8Array[] | null
	owners: [number, string][]
}

/**
 * Which of a board document's stored updates a node's room holds, in sequence order.
 * `applied` is the highest sequence number up to which the room holds every update;
 * runs after a gap wait in `held` until the gap is fetched from storage. Pure
 * bookkeeping: the caller applies what `accept` and `fill` hand back.
 */
export class BoardSequence {
	private readonly held = new Map<number, SeqRun>()

	constructor(public applied: number) {}

	/** True when something is held after a gap (storage must be asked for it). */
	get hasGap(): boolean {
		return this.held.size > 0
	}

	/**
	 * Takes a run (received or this node's own); returns the runs that may be applied now,
	 * in order (a run already covered is dropped; one after a gap is held).
	 */
	accept(run: SeqRun): SeqRun[] {
		if (run.last <= this.applied) return []
		this.held.set(run.first, run)
		return this.drain()
	}

	/**
	 * Storage returned everything up to `lastSeq`: held runs it covers are dropped, and
	 * those right after are returned to apply.
	 */
	fill(lastSeq: number): SeqRun[] {
		if (lastSeq > this.applied) this.applied = lastSeq
		for (const [first, run] of this.held) if (run.last <= this.applied) this.held.delete(first)
		return this.drain()
	}

	private drain(): SeqRun[] {
		const ready: SeqRun[] = []
		for (;;) {
			let next: SeqRun | undefined
			for (const run of this.held.values()) {
				if (run.first <= this.applied + 1 && run.last > this.applied) {
					next = run
					break
				}
			}
			if (!next) break
			this.held.delete(next.first)
			ready.push(next)
			this.applied = next.last
		}
		for (const [first, run] of this.held) if (run.last <= this.applied) this.held.delete(first)
		return ready
	}
}
