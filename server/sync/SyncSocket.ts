/**
 * The minimal socket a room talks to. The `ws` adapter implements it; tests and
 * benchmarks can drive a room without a network.
 */
export interface SyncSocket {
	send(data: Uint8Array): void
	close(code: number, reason: string): void
}
