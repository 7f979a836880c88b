// First half of `npm start`: builds (scripts/build.mjs) only when dist/ is missing or older than
// the sources; the second half, `exec node dist/server/main.js`, then runs the server as the one
// process that receives signals. Prints why it builds; silent when the build is current.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stampFile = path.join(root, 'dist', 'build-stamp.json')
const clientDir = process.env.CLIENT_DIR ? path.resolve(process.env.CLIENT_DIR) : path.join(root, 'dist', 'client')

/** What the build is made from: a change to any of these makes dist/ stale. */
const SOURCES = [
	'client',
	'server',
	'shared',
	'scripts',
	'vite.config.ts',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
]

/** Newest modification time (ms) of `file` and, for a folder, everything in it; 0 when absent. */
function newestMtime(file) {
	let stat
	try {
		stat = fs.statSync(file)
	} catch {
		return 0
	}
	if (!stat.isDirectory()) return stat.mtimeMs
	let newest = stat.mtimeMs
	for (const entry of fs.readdirSync(file, { withFileTypes: true })) {
		if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
		newest = Math.max(newest, newestMtime(path.join(file, entry.name)))
	}
	return newest
}

/** Why the build must run, or null when dist/ is current. */
function staleReason() {
	if (!fs.existsSync(path.join(root, 'dist', 'server', 'main.js'))) return 'dist/server is missing'
	if (!fs.existsSync(path.join(clientDir, 'index.html'))) return `${path.relative(root, clientDir)} is missing`
	let stamp
	try {
		stamp = { ...JSON.parse(fs.readFileSync(stampFile, 'utf8')), mtimeMs: fs.statSync(stampFile).mtimeMs }
	} catch {
		return 'dist/build-stamp.json is missing'
	}
	if (stamp.clientDir !== clientDir) return `the client was built into ${stamp.clientDir}, not ${clientDir}`
	for (const source of SOURCES) {
		if (newestMtime(path.join(root, source)) > stamp.mtimeMs) return `${source} changed since the last build`
	}
	return null
}

/** True when the build tools (devDependencies) are installed: not after `npm ci --omit=dev`. */
function canBuild() {
	return ['vite', 'esbuild'].every((name) => fs.existsSync(path.join(root, 'node_modules', name, 'package.json')))
}

const reason = staleReason()
const hasBuild =
	fs.existsSync(path.join(root, 'dist', 'server', 'main.js')) && fs.existsSync(path.join(clientDir, 'index.html'))
if (reason !== null && !canBuild()) {
	if (!hasBuild) {
		console.error(
			`niudai: cannot build (${reason}): vite and esbuild are not installed. Run \`npm install\` (with devDependencies), or copy a built dist/ here.`,
		)
		process.exit(1)
	}
	console.warn(
		`niudai: ${reason}, but the build tools are not installed (npm ci --omit=dev): serving the existing dist/`,
	)
} else if (reason !== null) {
	console.log(`niudai: building (${reason})`)
	const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' })
	if (build.status !== 0) {
		console.error(
			build.error
				? `niudai: the build could not run: ${build.error.message}`
				: 'niudai: the build failed (see above); the server was not started',
		)
		process.exit(build.status || 1)
	}
}
