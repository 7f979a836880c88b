import path from 'node:path'
import { parseArgs } from 'node:util'
import { DataDirLockedError } from '../storage/dataDirLock'
import { type AdminCommand, type AdminIo, EXIT, UsageError } from './adminCommand'
import { backupCommand } from './backupCommand'
import { listBoardsCommand } from './listBoardsCommand'
import { defaultDataDir } from './projectDataDir'
import { purgeTrashCommand } from './purgeTrashCommand'
import { restoreCommand } from './restoreCommand'
import { rotateAdminTokenCommand } from './rotateAdminTokenCommand'

export const ADMIN_COMMANDS: readonly AdminCommand[] = [
	backupCommand,
	restoreCommand,
	purgeTrashCommand,
	rotateAdminTokenCommand,
	listBoardsCommand,
]

const EXIT_CODES_HELP = [
	'Exit codes: 0 done; 1 failed (the message says why); 2 usage error (unknown command or flag,',
	'a bad argument, backup/restore with DATABASE_URL); 3 refused: a server holds the data directory.',
]

const COMMON_OPTIONS_HELP = [
	'  --data-dir <dir>  the data directory (default: DATA_DIR, else ./data of the project, as the server)',
	'  -h, --help        this help',
]

function generalHelp(): string {
	const width = Math.max(...ADMIN_COMMANDS.map((c) => c.name.length))
	return [
		'Usage: npm run admin -- <command> [options]',
		'',
		'Commands:',
		...ADMIN_COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
		'',
		'Options of every command:',
		...COMMON_OPTIONS_HELP,
		'',
		'With DATABASE_URL set, list-boards and purge-trash work on PostgreSQL.',
		'"npm run admin -- <command> --help" explains one command.',
		...EXIT_CODES_HELP,
	].join('\n')
}

function commandHelp(c: AdminCommand): string {
	return [
		`Usage: npm run admin -- ${c.usage} [--data-dir <dir>]`,
		'',
		...c.help,
		'',
		'Options:',
		...COMMON_OPTIONS_HELP,
		'',
		...EXIT_CODES_HELP,
	].join('\n')
}

/**
 * Runs one admin command (`argv` without node and the script) and resolves to its exit
 * code; it writes only through `io`, so tests run it in process.
 */
export async function runAdmin(argv: readonly string[], io: AdminIo): Promise<number> {
	const [name, ...rest] = argv
	if (name === undefined) {
		io.err(generalHelp())
		return EXIT.usage
	}
	if (name === '--help' || name === '-h' || name === 'help') {
		io.out(generalHelp())
		return EXIT.ok
	}
	const command = ADMIN_COMMANDS.find((c) => c.name === name)
	if (!command) {
		io.err(
			`Unknown command "${name}". Commands: ${ADMIN_COMMANDS.map((c) => c.name).join(', ')}. Run "npm run admin -- --help".`,
		)
		return EXIT.usage
	}
	let parsed: ReturnType<typeof parseArgs>
	try {
		parsed = parseArgs({
			args: [...rest],
			options: { ...command.options, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
			strict: true,
		})
	} catch (err) {
		io.err(`${name}: ${(err as Error).message}`)
		io.err(`Usage: npm run admin -- ${command.usage} (see --help)`)
		return EXIT.usage
	}
	const values = parsed.values as Record<string, string | boolean | undefined>
	if (values.help === true) {
		io.out(commandHelp(command))
		return EXIT.ok
	}
	if (parsed.positionals.length !== command.positionals.length) {
		const wanted =
			command.positionals.length === 0 ? 'no arguments' : command.positionals.map((p) => `<${p}>`).join(' ')
		io.err(`${name} takes ${wanted}, got ${parsed.positionals.length === 0 ? 'none' : parsed.positionals.join(' ')}`)
		io.err(`Usage: npm run admin -- ${command.usage} (see --help)`)
		return EXIT.usage
	}
	const dataDirFlag = values['data-dir']
	if (dataDirFlag === '') {
		io.err(`${name}: --data-dir must not be empty`)
		return EXIT.usage
	}
	const dataDir = typeof dataDirFlag === 'string' ? path.resolve(dataDirFlag) : defaultDataDir(io.env)
	try {
		return await command.run({
			io,
			dataDir,
			databaseUrl: io.env.DATABASE_URL || undefined,
			values,
			positionals: parsed.positionals,
		})
	} catch (err) {
		if (err instanceof UsageError) {
			io.err(`${name}: ${err.message}`)
			return EXIT.usage
		}
		if (err instanceof DataDirLockedError) {
			io.err(`${name} refused: ${err.message}`)
			return EXIT.locked
		}
		io.err(`${name} failed: ${err instanceof Error ? err.message : String(err)}`)
		return EXIT.failed
	}
}
