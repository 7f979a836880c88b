// `npm run build`: the client (Vite) into dist/client (or CLIENT_DIR) and the server with its
// worker threads (esbuild, scripts/buildServer.mjs) into dist/server. `node scripts/build.mjs
// client` or `… server` builds one part. Each part is built into a temporary folder beside its
// place and moved in when complete, so a server never serves a half-built client and a failed
// build leaves the previous one in place.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildServer } from './buildServer.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const parts = process.argv.slice(2)
for (const part of parts) {
	if (part !== 'client' && part !== 'server') {
		console.error(`niudai: unknown part "${part}" (expected client, server, or nothing for both)`)
		process.exit(2)
	}
}
const wanted = (part) => parts.length === 0 || parts.includes(part)

/** Moves `from` to `to`; false when `from` is not there (another build moved it meanwhile). */
function moveIfThere(from, to) {
	try {
		fs.renameSync(from, to)
		return true
	} catch (err) {
		if (err.code === 'ENOENT') return false
		throw err
	}
}

/** Builds into a fresh temporary folder next to `target`, then puts it in place of `target`. */
async function buildInto(target, build) {
	const tmp = `${target}.tmp-${process.pid}`
	const old = `${target}.old-${process.pid}`
	fs.rmSync(tmp, { recursive: true, force: true })
	fs.mkdirSync(path.dirname(target), { recursive: true })
	try {
		await build(tmp)
	} catch (err) {
		fs.rmSync(tmp, { recursive: true, force: true })
		throw err
	}
	// rename(2) cannot replace a non-empty folder: the old one is moved aside first, for a moment.
	// Another build swapping at the same time can put its own in between: then try again.
	for (let attempt = 0; ; attempt++) {
		const hadOld = moveIfThere(target, old)
		try {
			fs.renameSync(tmp, target)
		} catch (err) {
			if (attempt < 3 && (err.code === 'ENOTEMPTY' || err.code === 'EEXIST')) continue
			throw err
		} finally {
			if (hadOld) fs.rmSync(old, { recursive: true, force: true })
		}
		return
	}
}

async function buildClient(outDir) {
	const { build } = await import('vite')
	await build({
		configFile: path.join(root, 'vite.config.ts'),
		// Under `npm start` (scripts/ensureBuilt.mjs) the file list is noise.
		logLevel: process.env.NIUDAI_BUILD_QUIET ? 'warn' : 'info',
		build: { outDir, emptyOutDir: true },
	})
}

const started = Date.now()
if (wanted('client')) {
	// CLIENT_DIR (as for the server) lets parallel builds and their e2e servers use separate folders.
	const clientDir = process.env.CLIENT_DIR ? path.resolve(process.env.CLIENT_DIR) : path.join(root, 'dist', 'client')
	await buildInto(clientDir, buildClient)
}
if (wanted('server')) {
	await buildInto(path.join(root, 'dist', 'server'), (outDir) => buildServer({ root, outDir }))
}
console.log(
	`niudai: built ${parts.length === 0 ? 'client and server' : parts.join(' and ')} in ${Date.now() - started} ms`,
)
