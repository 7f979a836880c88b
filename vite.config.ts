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
		outDir: path.join(root, 'dist', 'client'),
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
