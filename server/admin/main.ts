import { runAdmin } from './runAdmin'

/** Entry point of `npm run admin -- <command>`: see runAdmin.ts and `--help`. */
runAdmin(process.argv.slice(2), {
	out: (line) => process.stdout.write(`${line}\n`),
	err: (line) => process.stderr.write(`${line}\n`),
	env: process.env,
}).then(
	(code) => {
		process.exitCode = code
	},
	(err: unknown) => {
		process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
		process.exitCode = 1
	},
)
