import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = path.dirname(fileURLToPath(import.meta.url))
const serverPort = process.env.PORT ?? '3000'

export default defineConfig({
	root: path.join(root, 'client'),
	plugins: [react()],
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
