// First half of `npm start`: builds (scripts/build.mjs) the client and/or the server only when
// their build is missing or older than their sources. The second half, `exec node
// dist/server/main.js`, then runs the server as the one process that receives signals.
// Says why it builds; silent when the build is current.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const clientDir = process.env.CLIENT_DIR ? path.resolve(process.env.CLIENT_DIR) : path.join(root, 'dist', 'client')
const COMMON = ['shared', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs']

/** Each part: the file whose modification time is its build's, and what it is made from. */
const PARTS = {
	client: {
		built: path.join(clientDir, 'index.html'),
		// vite.config.ts imports server/static/precompress.ts.
		sources: ['client', 'vite.config.ts', 'server/static/precompress.ts', ...COMMON],
	},
	server: {
		built: path.join(root, 'dist', 'server', 'main.js'),
		sources: ['server', 'scripts/buildServer.mjs', ...COMMON],
	},
}

/** Newest modification time (ms) of `file` and, for a folder, of everything in it; 0 when absent. */
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

/** Why `part` must be built, or null when its build is current. */
function staleReason(part) {
	const { built, sources } = PARTS[part]
	let builtAt
	try {
		builtAt = fs.statSync(built).mtimeMs
	} catch {
		return `${path.relative(root, built)} is missing`
	}
	const changed = sources.find((source) => newestMtime(path.join(root, source)) > builtAt)
	return changed === undefined ? null : `${changed} changed since ${path.relative(root, built)} was built`
}

/** True when the build tools (devDependencies) are installed: not after `npm ci --omit=dev`. */
function canBuild() {
	return ['vite', 'esbuild'].every((name) => fs.existsSync(path.join(root, 'node_modules', name, 'package.json')))
}

const stale = Object.keys(PARTS)
	.map((part) => ({ part, reason: staleReason(part) }))
	.filter((s) => s.reason !== null)
if (stale.length > 0) {
	const why = stale.map((s) => s.reason).join('; ')
	if (!canBuild()) {
		if (stale.some((s) => !fs.existsSync(PARTS[s.part].built))) {
			console.error(
				`niudai: cannot build (${why}): vite and esbuild are not installed. Run \`npm install\` (with devDependencies) or copy a built dist/ here.`,
			)
			process.exit(1)
		}
		console.warn(`niudai: ${why}; the build tools are not installed (npm ci --omit=dev), so the existing dist/ runs`)
	} else {
		console.log(`niudai: building (${why})`)
		const args = [path.join(root, 'scripts', 'build.mjs'), ...stale.map((s) => s.part)]
		const build = spawnSync(process.execPath, args, {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, NIUDAI_BUILD_QUIET: '1' },
		})
		if (build.status !== 0) {
			console.error(
				build.error
					? `niudai: the build could not run: ${build.error.message}`
					: 'niudai: the build failed (see above); the server was not started',
			)
			process.exit(build.status || 1)
		}
	}
}
