/**
 * `METRICS_PORT`: a port of its own for `GET /metrics` without a token (bound to HOST, else
 * 127.0.0.1); undefined when unset or empty. Throws on anything but an integer 0–65535.
 */
export function metricsPortFromEnv(raw: string | undefined): number | undefined {
	if (raw === undefined || raw.trim() === '') return undefined
	const port = Number(raw)
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new Error(`METRICS_PORT must be an integer between 0 and 65535, got "${raw}"`)
	}
	return port
}
