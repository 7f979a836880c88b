import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
// With .js: the config bundler wants an extension; TypeScript resolves it to the .ts file.
import { precompressDir } from './server/static/precompress.js'

const root = path.dirname(fileURLToPath(import.meta.url))
const serverPort = process.env.PORT ?? '3000'

/**
 * `precache.json` for the service worker: every script and stylesheet of the build, so a
 * board once opened keeps working offline, panels loaded on demand included.
 */
function precacheList(): Plugin {
	return {
		name: 'niudai-precache-list',
		apply: 'build',
		generateBundle(_options, bundle) {
			const assets = Object.keys(bundle)
				.filter((f) => f.startsWith('assets/') && /\.(?:js|css)$/.test(f))
				.sort()
				.map((f) => `/${f}`)
			this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify({ assets }) })
		},
	}
}

/** Brotli and gzip copies of the built text files, next to them (the server sends them when accepted). */
function precompress(): Plugin {
	let outDir = ''
	return {
		name: 'niudai-precompress',
		apply: 'build',
		configResolved(config) {
			outDir = path.resolve(config.root, config.build.outDir)
		},
		async closeBundle() {
			const files = await precompressDir(outDir)
			const sum = (key: 'bytes' | 'br' | 'gzip') => files.reduce((n, f) => n + (f[key] ?? f.bytes), 0)
			const kb = (n: number) => `${Math.round(n / 1024)} kB`
			this.info(
				`precompressed ${files.length} files: ${kb(sum('bytes'))} → brotli ${kb(sum('br'))}, gzip ${kb(sum('gzip'))}`,
			)
		},
	}
}

export default defineConfig({
	root: path.join(root, 'client'),
	plugins: [react(), precacheList(), precompress()],
	build: {
		// CLIENT_DIR lets parallel builds (and their e2e servers) use separate folders.
		outDir: process.env.CLIENT_DIR ? path.resolve(process.env.CLIENT_DIR) : path.join(root, 'dist', 'client'),
		emptyOutDir: true,
		chunkSizeWarningLimit: 4096,
		assetsInlineLimit: 0,
	},
	server: {
		proxy: {
			'/api': `http://localhost:${serverPort}`,
			'/sync': { target: `ws://localhost:${serverPort}`, ws: true },
		},
	},
})
