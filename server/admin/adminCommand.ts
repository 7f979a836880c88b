import type { ParseArgsConfig } from 'node:util'

/** Exit codes of `npm run admin`. */
export const EXIT = {
	/** Done. */
	ok: 0,
	/** The command failed (a file missing, a corrupt backup, storage unreachable): the message says why. */
	failed: 1,
	/** A usage error: unknown command or flag, a missing or malformed argument, or a command this store cannot run. */
	usage: 2,
	/** Refused because a server (or another restore) holds the data directory. */
	locked: 3,
} as const

/** Where a command writes, and the environment it reads. */
export interface AdminIo {
	out(line: string): void
	err(line: string): void
	env: NodeJS.ProcessEnv
}

/** What every command is given. */
export interface AdminContext {
	io: AdminIo
	/** Absolute path of the data directory (`--data-dir`, else DATA_DIR, else the project's ./data). */
	dataDir: string
	/** `postgres://…` when DATABASE_URL is set: boards live in PostgreSQL. */
	databaseUrl: string | undefined
	/** Parsed flags of the command (its own options, besides --data-dir and --help). */
	values: Record<string, string | boolean | undefined>
	positionals: string[]
}

/** One admin command: its flags, its help text and what it does (resolves to an exit code). */
export interface AdminCommand {
	name: string
	/** One line for the command list. */
	summary: string
	/** `backup <file>` */
	usage: string
	/** Lines of help after the usage. */
	help: string[]
	options: NonNullable<ParseArgsConfig['options']>
	/** Names of the positional arguments it takes, in order (all required). */
	positionals: string[]
	run(ctx: AdminContext): Promise<number>
}

/** A mistake in how the command was called: exit code 2 with this message. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message)
		this.name = 'UsageError'
	}
}

/** A refusal or failure the operator can act on: exit code 1 with this message (no stack). */
export class AdminError extends Error {
	constructor(message: string) {
		super(message)
		this.name = 'AdminError'
	}
}
