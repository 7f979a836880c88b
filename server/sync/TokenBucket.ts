/** A token bucket: `ratePerSecond` tokens refill continuously up to `capacity`. */
export class TokenBucket {
	private tokens: number
	private last: number

	constructor(
		private readonly ratePerSecond: number,
		private readonly capacity: number,
		now: number = Date.now(),
	) {
		this.tokens = capacity
		this.last = now
	}

	/** Takes `n` tokens when there are that many; returns false (taking none) when not. */
	take(n: number, now: number = Date.now()): boolean {
		this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond)
		this.last = now
		if (n > this.tokens) return false
		this.tokens -= n
		return true
	}
}
