import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { createInterface } from 'node:readline'

/**
 * The real server for a benchmark, in a child process (`node --import tsx
 * server/main.ts`) so its memory and CPU are its own: port 0 on 127.0.0.1, a temporary
 * `dataDir`, LOG_LEVEL=warn, a throwaway admin token (none generated or printed), and
 * the connection limits lifted because every simulated client connects from one address.
 * Warning and error lines go into `log`; `port` resolves once it listens.
 */
export function spawnServer(
	root: string,
	dataDir: string,
	log: string[],
	env: Record<string, string> = {},
): { child: ChildProcess; port: Promise<number> } {
	const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/main.ts')], {
		cwd: root,
		env: {
			...process.env,
			PORT: '0',
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			ADMIN_TOKEN: randomBytes(24).toString('hex'),
			WS_CONNECT_LIMIT: '100000',
			ROOM_CONNECTION_LIMIT: '100000',
			...env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	child.stderr?.on('data', (d: Buffer) => log.push(d.toString().trim()))
	const port = new Promise<number>((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`server exited early (code ${code}): ${log.join('\n')}`)))
		createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
			const m = /^NIUDAI_LISTENING port=(\d+)/.exec(line)
			if (m) resolve(Number(m[1]))
			else if (line.trim()) log.push(line)
		})
	})
	return { child, port }
}
