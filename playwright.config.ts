import os from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3917)
const dataDir = path.join(os.tmpdir(), `niudai-e2e-${process.pid}-${Date.now()}`)

/** End-to-end tests: Debian's Chromium against the real server with the built client. */
export default defineConfig({
	testDir: 'e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
			],
		},
		viewport: { width: 1280, height: 800 },
		trace: 'off',
	},
	// What `npm start` runs: the compiled server (built first if missing or older than the sources,
	// the client into CLIENT_DIR when set). `npm test` builds before it.
	webServer: {
		command: 'node scripts/ensureBuilt.mjs && exec node --enable-source-maps dist/server/main.js',
		url: `http://localhost:${port}/healthz`,
		reuseExistingServer: false,
		timeout: 180_000,
		env: { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
	},
})
