// `npm run build`: the client (Vite) into dist/client and the server with its worker threads
// (esbuild) into dist/server, then dist/build-stamp.json. Each part is built into a temporary
// folder beside its place and moved in when complete, so a server never serves a half-built
// client and a failed build leaves the previous one in place.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildServer } from './buildServer.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const BUILD_STAMP = path.join(dist, 'build-stamp.json')

/** Builds into a fresh temporary folder next to `target`, then swaps it in place of `target`. */
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
	// rename(2) cannot replace a non-empty folder: move the old one aside first (a moment, not a build long).
	const hadOld = fs.existsSync(target)
	if (hadOld) fs.renameSync(target, old)
	fs.renameSync(tmp, target)
	if (hadOld) fs.rmSync(old, { recursive: true, force: true })
}

async function buildClient(outDir) {
	const { build } = await import('vite')
	await build({
		configFile: path.join(root, 'vite.config.ts'),
		logLevel: process.env.BUILD_QUIET ? 'warn' : 'info',
		build: { outDir, emptyOutDir: true },
	})
}

const started = Date.now()
// CLIENT_DIR (as for the server) lets parallel builds and their e2e servers use separate folders.
const clientDir = process.env.CLIENT_DIR ? path.resolve(process.env.CLIENT_DIR) : path.join(dist, 'client')
await buildInto(clientDir, buildClient)
await buildInto(path.join(dist, 'server'), (outDir) => buildServer({ root, outDir }))
// What `npm start` compares the sources against (scripts/ensureBuilt.mjs).
fs.writeFileSync(BUILD_STAMP, `${JSON.stringify({ builtAt: new Date().toISOString(), clientDir })}\n`)
console.log(`niudai: built client and server in ${Date.now() - started} ms`)
