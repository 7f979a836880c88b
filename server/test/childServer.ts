import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The real server as a separate process (`server/main.ts`), so it can be killed with SIGKILL. */
export interface ChildServer {
	process: ChildProcess
	port: number
	url: string
	/** Resolves when the process has exited. */
	exited: Promise<number | null>
	/** Everything it wrote to stdout and stderr so far (its log lines). */
	output(): string
}

/**
 * Starts `server/main.ts` through tsx (or `script`, e.g. a built `dist/server/main.js`) on a
 * free port with `dataDir` (and `env`, e.g. DATABASE_URL); resolves once it listens.
 */
export function startChildServer(
	dataDir: string,
	env: Record<string, string> = {},
	script?: string,
): Promise<ChildServer> {
	const args = script ? [script] : ['--import', 'tsx', path.join(root, 'server', 'main.ts')]
	const child = spawn(process.execPath, args, {
		cwd: root,
		env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
	let out = ''
	let err = ''
	const output = () => out + err
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL')
			reject(new Error(`server did not start in time: ${out} ${err}`))
		}, 30_000)
		child.stderr?.on('data', (d: Buffer) => {
			err += d.toString()
		})
		child.stdout?.on('data', (d: Buffer) => {
			out += d.toString()
			const m = /NIUDAI_LISTENING port=(\d+)/.exec(out)
			if (m) {
				clearTimeout(timer)
				const port = Number(m[1])
				resolve({ process: child, port, url: `http://127.0.0.1:${port}`, exited, output })
			}
		})
		child.once('exit', (code) => {
			clearTimeout(timer)
			reject(new Error(`server exited with ${code} before listening: ${err}`))
		})
	})
}
