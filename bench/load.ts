/**
 * Phone load benchmark: how long does a phone on a 4G-like network wait before it sees
 * the board?
 *
 * Expects a built client (`npm run build`, or `CLIENT_DIR=<dir> npx vite build` and the
 * same CLIENT_DIR here); it builds nothing itself. Starts the real server in a child
 * process (port 0, a temporary DATA_DIR), creates a board from the C社区 example template
 * over REST and opens it in Debian's Chromium as a phone: 390×844, touch, device pixel
 * ratio 3, a fresh browser context per run (empty HTTP cache; service workers blocked, so
 * every byte is the page's own), CDP
 * network throttling (1.6 Mbit/s down, 750 kbit/s up, 150 ms latency) and CPU throttling
 * (4× slower). For each run it prints
 * - shell: first contentful paint (until then the phone shows a white screen),
 * - first cards (preview): when the first card of the board's preview (`.nd-preview-card`,
 *   drawn from `GET /api/boards/:id/preview` without tldraw) is in the DOM and painted,
 * - canvas ready: when the first card shape (`.nd-card` inside tldraw's shape layer) is in the DOM
 *   and painted, with the main thread's busy time until then (CPU-bound when close to it),
 * - bytes on the wire (compressed, with headers) and decoded, for JS, CSS, fonts, the
 *   document and everything together, and the number of JS files,
 * then the median of the runs and the machine's load average (on a busy machine the
 * throttled CPU gets less than its share and the times grow). Times are from navigation
 * start, measured in the page.
 *
 * Run: npx tsx bench/load.ts [--runs N=3] [--timeout-per-run s=300]
 *      CLIENT_DIR=/tmp/x-client npx tsx bench/load.ts
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type Browser, chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from './chromiumLaunch'
import { spawnServer, stopServer } from './spawnServer'

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'timeout-per-run': { type: 'string', default: '300' },
	},
})
const RUNS = Number(values.runs)
const RUN_TIMEOUT_MS = Number(values['timeout-per-run']) * 1000
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer')
if (!(RUN_TIMEOUT_MS > 0)) throw new Error('--timeout-per-run must be positive')

/** The phone's network and CPU: a mediocre 4G connection on a mid-range phone. */
export const PHONE_PROFILE = {
	downloadKbps: 1600,
	uploadKbps: 750,
	latencyMs: 150,
	cpuSlowdown: 4,
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
} as const

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const clientDir = process.env.CLIENT_DIR ? path.resolve(process.env.CLIENT_DIR) : path.join(root, 'dist', 'client')
if (!fs.existsSync(path.join(clientDir, 'index.html'))) {
	console.error(
		`No built client in ${clientDir} (index.html missing). Build it first: npm run build` +
			' (or CLIENT_DIR=<dir> npx vite build and run this with the same CLIENT_DIR).',
	)
	process.exit(2)
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-bench-load-'))
const serverLog: string[] = []
let server: ChildProcess | null = null
let browser: Browser | null = null

/** What one cold load of the board cost. */
interface LoadRun {
	shellMs: number
	/** The first card of the preview painted; NaN when the preview never showed. */
	previewMs: number
	cardsMs: number
	/** Main-thread task time until the first card (CDP TaskDuration, throttled): what the CPU had to do. */
	busyMs: number
	/** Bytes per kind: on the wire (encoded, with headers) and decoded. */
	bytes: Record<ByteKind, { wire: number; raw: number }>
	jsFiles: number
}
type ByteKind = 'js' | 'css' | 'font' | 'document' | 'other' | 'total'
const BYTE_KINDS: ByteKind[] = ['js', 'css', 'font', 'document', 'other', 'total']

function kindOf(resourceType: string, url: string): Exclude<ByteKind, 'total'> {
	if (resourceType === 'Script' || /\.m?js(\?|$)/.test(url)) return 'js'
	if (resourceType === 'Stylesheet' || /\.css(\?|$)/.test(url)) return 'css'
	if (resourceType === 'Font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font'
	if (resourceType === 'Document') return 'document'
	return 'other'
}

/** The median of the numbers that are (NaN when none is). */
const median = (xs: number[]) => {
	const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b)
	if (s.length === 0) return Number.NaN
	const mid = Math.floor(s.length / 2)
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`

async function createExampleBoard(base: string): Promise<string> {
	const res = await fetch(`${base}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title: 'C社区示例（加载测试）', template: 'example' }),
	})
	if (res.status !== 201) throw new Error(`creating the board failed: ${res.status} ${await res.text()}`)
	const { url } = (await res.json()) as { url: string }
	return new URL(url, base).toString()
}

/**
 * Runs in the page before its scripts: names the person and records in
 * `window.__benchFirstCard` when the first card shape is in the DOM and painted
 * (`performance.now()`, ms since navigation start; -1 while waiting for the paint), and in
 * `window.__benchFirstPreviewCard` the same for the first card of the board's preview.
 */
const FIRST_CARD_CLOCK = `
localStorage.setItem('TLDRAW_USER_DATA_v3', JSON.stringify({ version: 3, user: { id: 'bench-' + Math.random().toString(36).slice(2), name: '手机用户' } }));
for (const [key, selector] of [['__benchFirstCard', '.tl-shape .nd-card'], ['__benchFirstPreviewCard', '.nd-preview-card']]) {
	const seen = () => {
		if (window[key] !== undefined) return true;
		if (!document.querySelector(selector)) return false;
		window[key] = -1;
		requestAnimationFrame(() => setTimeout(() => { window[key] = performance.now() }, 0));
		return true;
	};
	new MutationObserver((_m, observer) => { if (seen()) observer.disconnect() })
		.observe(document, { childList: true, subtree: true });
}
`

async function loadOnce(b: Browser, boardUrl: string): Promise<LoadRun> {
	const context = await b.newContext({
		viewport: PHONE_PROFILE.viewport,
		deviceScaleFactor: PHONE_PROFILE.deviceScaleFactor,
		isMobile: true,
		hasTouch: true,
		locale: 'zh-CN',
		// The worker would fetch some files for the page, out of sight of the page's network log.
		serviceWorkers: 'block',
	})
	try {
		// A named person (no name prompt), and a page-side clock for the first card. A string,
		// not a function: tsx would wrap named inner functions in a helper the page lacks.
		await context.addInitScript(FIRST_CARD_CLOCK)
		const page = await context.newPage()
		const cdp = await context.newCDPSession(page)
		await cdp.send('Network.enable')
		await cdp.send('Performance.enable')
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: PHONE_PROFILE.latencyMs,
			downloadThroughput: (PHONE_PROFILE.downloadKbps * 1000) / 8,
			uploadThroughput: (PHONE_PROFILE.uploadKbps * 1000) / 8,
		})
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown })

		const requests = new Map<string, { kind: Exclude<ByteKind, 'total'>; raw: number; wire: number }>()
		cdp.on('Network.responseReceived', (e) => {
			requests.set(e.requestId, { kind: kindOf(e.type, e.response.url), raw: 0, wire: 0 })
		})
		cdp.on('Network.dataReceived', (e) => {
			const r = requests.get(e.requestId)
			if (r) r.raw += e.dataLength
		})
		cdp.on('Network.loadingFinished', (e) => {
			const r = requests.get(e.requestId)
			if (r) r.wire = e.encodedDataLength
		})

		await page.goto(boardUrl, { waitUntil: 'commit', timeout: RUN_TIMEOUT_MS })
		await page
			.waitForFunction(
				() => ((window as unknown as { __benchFirstCard?: number }).__benchFirstCard ?? -1) > 0,
				undefined,
				{ timeout: RUN_TIMEOUT_MS, polling: 100 },
			)
			.catch(async (err: unknown) => {
				const state = await page
					.evaluate(() => ({
						firstCard: (window as unknown as { __benchFirstCard?: number }).__benchFirstCard,
						cards: document.querySelectorAll('.tl-shape .nd-card').length,
						body: document.body?.textContent?.slice(0, 200),
					}))
					.catch(() => null)
				throw new Error(`no card within ${RUN_TIMEOUT_MS / 1000} s (page: ${JSON.stringify(state)})`, { cause: err })
			})
		const times = await page.evaluate(() => {
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
			const w = window as unknown as { __benchFirstCard: number; __benchFirstPreviewCard?: number }
			const preview = w.__benchFirstPreviewCard ?? -1
			return { shellMs: fcp, previewMs: preview > 0 ? preview : Number.NaN, cardsMs: w.__benchFirstCard }
		})
		const metrics = (await cdp.send('Performance.getMetrics')).metrics
		const busyMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000
		// Let requests started with the first card finish their byte counts (fonts, icons).
		await page.waitForLoadState('load', { timeout: RUN_TIMEOUT_MS }).catch(() => undefined)

		const bytes = Object.fromEntries(BYTE_KINDS.map((k) => [k, { wire: 0, raw: 0 }])) as LoadRun['bytes']
		let jsFiles = 0
		for (const r of requests.values()) {
			bytes[r.kind].wire += r.wire
			bytes[r.kind].raw += r.raw
			bytes.total.wire += r.wire
			bytes.total.raw += r.raw
			if (r.kind === 'js') jsFiles++
		}
		await cdp.detach().catch(() => undefined)
		return { ...times, busyMs, bytes, jsFiles }
	} finally {
		await context.close()
	}
}

function printRun(label: string, r: LoadRun): void {
	const parts = (['js', 'css', 'font', 'total'] as const).map(
		(k) => `${k} ${kb(r.bytes[k].wire)} (raw ${kb(r.bytes[k].raw)})`,
	)
	console.log(
		`${label}: shell ${sec(r.shellMs)}, first cards (preview) ${sec(r.previewMs)}, canvas ready ${sec(r.cardsMs)} (main thread busy ${sec(r.busyMs)}) · ${parts.join(', ')} · ${r.jsFiles} JS files`,
	)
}

async function main(): Promise<void> {
	const started = spawnServer(root, dataDir, serverLog, { CLIENT_DIR: clientDir })
	server = started.child
	const port = await started.port
	const base = `http://127.0.0.1:${port}`
	const boardUrl = await createExampleBoard(base)
	console.log(
		`phone profile: ${PHONE_PROFILE.viewport.width}×${PHONE_PROFILE.viewport.height} touch, ` +
			`${PHONE_PROFILE.downloadKbps / 1000} Mbit/s down, ${PHONE_PROFILE.uploadKbps} kbit/s up, ` +
			`${PHONE_PROFILE.latencyMs} ms latency, CPU ${PHONE_PROFILE.cpuSlowdown}× slower, cold cache; client ${clientDir}`,
	)
	browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
	const runs: LoadRun[] = []
	for (let i = 0; i < RUNS; i++) {
		const run = await loadOnce(browser, boardUrl)
		runs.push(run)
		printRun(`run ${i + 1}`, run)
	}
	const med = (f: (r: LoadRun) => number) => median(runs.map(f))
	const medianRun: LoadRun = {
		shellMs: med((r) => r.shellMs),
		previewMs: med((r) => r.previewMs),
		cardsMs: med((r) => r.cardsMs),
		busyMs: med((r) => r.busyMs),
		jsFiles: med((r) => r.jsFiles),
		bytes: Object.fromEntries(
			BYTE_KINDS.map((k) => [k, { wire: med((r) => r.bytes[k].wire), raw: med((r) => r.bytes[k].raw) }]),
		) as LoadRun['bytes'],
	}
	printRun(`median of ${RUNS}`, medianRun)
	const load = os.loadavg().map((x) => x.toFixed(1))
	console.log(`machine load average (1, 5, 15 min): ${load.join(', ')} on ${os.cpus().length} CPUs`)
}

main()
	.catch((err: unknown) => {
		console.error(err)
		if (serverLog.length) console.error(serverLog.join('\n'))
		process.exitCode = 1
	})
	.finally(async () => {
		await browser?.close().catch(() => undefined)
		await stopServer(server)
		fs.rmSync(dataDir, { recursive: true, force: true })
	})
