import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
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
			LINK_CONNECT_LIMIT: '100000',
			LINK_CONNECTION_LIMIT: '100000',
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

/** Stops a benchmark's server: SIGTERM (it flushes and compacts), SIGKILL after 5 s. */
export async function stopServer(child: ChildProcess | null): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return
	const exited = new Promise((resolve) => child.once('exit', resolve))
	child.kill('SIGTERM')
	const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
	await exited
	clearTimeout(timer)
}

/** Resident and peak memory of a process, in bytes (Linux /proc). */
export function procMemory(pid: number): { rss: number; hwm: number } {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
	const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
	return { rss: field('VmRSS') * 1024, hwm: field('VmHWM') * 1024 }
}
