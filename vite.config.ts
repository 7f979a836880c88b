import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
// With .js: the config bundler wants an extension; TypeScript resolves it to the .ts file.
import { precompressDir } from './server/static/precompress.js'

const root = path.dirname(fileURLToPath(import.meta.url))
const serverPort = process.env.PORT ?? '3000'

/**
 * Brotli and gzip copies of the built text files, next to them (the server sends them when
 * accepted). Runs last, after the service worker and its precache list are written.
 */
function precompress(): Plugin {
	let outDir = ''
	return {
		name: 'niudai-precompress',
		apply: 'build',
		configResolved(config) {
			outDir = path.resolve(config.root, config.build.outDir)
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			async handler() {
				const files = await precompressDir(outDir)
				const sum = (key: 'bytes' | 'br' | 'gzip') => files.reduce((n, f) => n + (f[key] ?? f.bytes), 0)
				const kb = (n: number) => `${Math.round(n / 1024)} kB`
				this.info(
					`precompressed ${files.length} files: ${kb(sum('bytes'))} → brotli ${kb(sum('br'))}, gzip ${kb(sum('gzip'))}`,
				)
			},
		},
	}
}

/**
 * The service worker (client/serviceWorker/sw.ts → /sw.js, workbox bundled in) with the
 * build's precache list: each file with a revision (hashed /assets/ names are their own),
 * so a new build replaces exactly what changed. Everything a board page loads is in it (tldraw's
 * fonts, icons and the two translations the app speaks); tldraw's 50 other translations are not.
 */
function serviceWorker(): Plugin[] {
	return VitePWA({
		strategies: 'injectManifest',
		srcDir: 'serviceWorker',
		filename: 'sw.ts',
		// Registered by client/offline/registerServiceWorker.ts (workbox-window), with the update prompt.
		injectRegister: false,
		manifest: false,
		injectManifest: {
			globPatterns: [
				'index.html',
				'boardPreviewStart.js',
				'assets/*.{js,css,woff2,svg,png}',
				'assets/{zh-cn,en,main,languages}-*.json',
			],
			globIgnores: ['**/*.br', '**/*.gz'],
			// The tldraw canvas's chunk is 1.5 MB.
			maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
		},
	})
}

export default defineConfig({
	root: path.join(root, 'client'),
	plugins: [react(), serviceWorker(), precompress()],
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
