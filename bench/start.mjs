// How the server runs as an operator starts it: `node bench/start.mjs [command …]` (default `npm start`)
// starts the command on a free port with an empty data directory and reports the time until
// NIUDAI_LISTENING, the node processes it made and their RSS, the RSS once the C社区 example
// board is loaded by a client, and what SIGTERM to the started process does (exit code, time,
// processes left behind). Figures, not a test.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

const command = process.argv.length > 2 ? process.argv.slice(2) : ['npm', 'start']

/** A free TCP port (PORT=0 would work for the server, but the command's own tools may read PORT too). */
function freePort() {
	return new Promise((resolve, reject) => {
		const s = net.createServer()
		s.once('error', reject)
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address()
			s.close(() => resolve(port))
		})
	})
}

/** `root` and every process below it (from /proc), with its command line and RSS in kB. */
function tree(root) {
	const all = []
	for (const name of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue
		try {
			const status = fs.readFileSync(`/proc/${name}/status`, 'utf8')
			const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1])
			const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
			const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim()
			all.push({ pid: Number(name), ppid, rss, cmd })
		} catch {
			// gone meanwhile
		}
	}
	const found = all.filter((p) => p.pid === root)
	const walk = (pid) => {
		for (const p of all.filter((q) => q.ppid === pid)) {
			found.push(p)
			walk(p.pid)
		}
	}
	walk(root)
	return found
}

function report(label, procs) {
	const nodes = procs.filter((p) => /(^|\/)node(\s|$)/.test(p.cmd.split(' ')[0]))
	const mb = (kb) => `${Math.round(kb / 1024)} MB`
	console.log(`${label}: ${procs.length} processes, ${nodes.length} node`)
	for (const p of procs) console.log(`  ${p.pid} ${mb(p.rss).padStart(7)}  ${p.cmd.slice(0, 100)}`)
	console.log(`  node RSS total ${mb(nodes.reduce((n, p) => n + p.rss, 0))}`)
}

const port = await freePort()
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-bench-start-'))
const started = performance.now()
const child = spawn(command[0], command.slice(1), {
	env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
	stdio: ['ignore', 'pipe', 'inherit'],
})
let out = ''
await new Promise((resolve, reject) => {
	child.stdout.on('data', (d) => {
		out += d.toString()
		if (/NIUDAI_LISTENING port=\d+/.test(out)) resolve()
	})
	child.once('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${out}`)))
})
console.log(`command: ${command.join(' ')}`)
console.log(`time to NIUDAI_LISTENING: ${Math.round(performance.now() - started)} ms`)
report('after start', tree(child.pid))

const adminToken = /NIUDAI_ADMIN_TOKEN (\S+)/.exec(out)?.[1]
const res = await fetch(`http://127.0.0.1:${port}/api/boards`, {
	method: 'POST',
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify({ title: 'C社区示例', template: 'example' }),
})
if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`)
const board = await res.json()
const token = new URL(board.url, 'http://x').searchParams.get('t') ?? new URL(board.url, 'http://x').hash.slice(1)
const doc = new Y.Doc()
const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, board.id, doc, {
	WebSocketPolyfill: WebSocket,
	disableBc: true,
	params: { t: token || adminToken },
})
await new Promise((resolve) => provider.on('sync', (s) => s && resolve()))
console.log(`example board loaded by a client: ${Y.encodeStateAsUpdate(doc).byteLength} bytes`)
report('after loading the example board', tree(child.pid))

const procsBefore = tree(child.pid).map((p) => p.pid)
const stopAt = performance.now()
child.kill('SIGTERM')
const code = await new Promise((resolve) => child.once('exit', (c, s) => resolve(c ?? s)))
provider.destroy()
console.log(
	`SIGTERM to ${command[0]} (pid ${child.pid}): exit ${code} after ${Math.round(performance.now() - stopAt)} ms`,
)
await new Promise((r) => setTimeout(r, 500))
const left = procsBefore.filter((pid) => fs.existsSync(`/proc/${pid}`))
console.log(`processes left running: ${left.length === 0 ? 'none' : left.join(' ')}`)
for (const pid of left) process.kill(pid, 'SIGTERM')
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
