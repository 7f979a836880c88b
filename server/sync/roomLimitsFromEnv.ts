import type { RoomLimits } from './Room'

/**
 * Room quotas from the environment: `BOARD_MAX_BYTES` (largest board document),
 * `SOCKET_BYTES_PER_SECOND` and `SOCKET_BURST_BYTES` (what one connection may send).
 */
export function roomLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<RoomLimits> {
	const read = (name: string): number | undefined => {
		const raw = env[name]
		if (raw === undefined || raw === '') return undefined
		const n = Number(raw)
		if (!Number.isInteger(n) || n < 1024) throw new Error(`${name} must be an integer of at least 1024, got "${raw}"`)
		return n
	}
	const limits: Partial<RoomLimits> = {}
	const docBytes = read('BOARD_MAX_BYTES')
	const rate = read('SOCKET_BYTES_PER_SECOND')
	const burst = read('SOCKET_BURST_BYTES')
	if (docBytes) limits.maxDocBytes = docBytes
	if (rate) limits.connectionBytesPerSecond = rate
	if (burst) limits.connectionBurstBytes = burst
	return limits
}
