import pino from 'pino'

/** The server's structured logger (JSON lines on stdout; `LOG_LEVEL` sets the level). */
export type Logger = pino.Logger

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
	return pino({ level, base: undefined })
}
