/**
 * Big-board benchmark: how does a board with many cards and links behave in a real
 * browser?
 *
 * 1. Starts the real server in a child process (`node --import tsx server/main.ts`,
 *    PORT=0, a temporary DATA_DIR), creates a board over REST and, with one official
 *    y-websocket client, writes N domain cards (40 % needs, 30 % resources, 15 % actors,
 *    15 % projects, Chinese titles, a grid) and M links (arrows with two bindings and a
 *    `meta.link`: resource → need allocations, project → need serves) in one Yjs
 *    transaction, built with the templates' `TemplateBuilder` and validated against the
 *    board schema. Reports the document size and the server's RSS.
 * 2. Opens the board in headless Chromium (Debian's `/usr/bin/chromium`): time from
 *    `page.goto` to the first visible card and to the editor holding all N + M shapes;
 *    frame times while panning at zoom-to-fit and at 100 % over the middle of the board;
 *    JS heap and DOM size (CDP `Performance.getMetrics`); how long a remote title edit
 *    (from the Node client, then from a second browser) takes to reach the editor's
 *    store and the card's DOM; frame times while the Node client drags a card (60 moves/s).
 * 3. A second browser context joins the same board: time to all shapes.
 *
 * Headless Chromium runs with --disable-gpu, so it rasterises and composites in
 * software on the CPU that also runs the server: fps figures are a lower bound.
 *
 * Run: npx tsx bench/board.ts [--cards N=500] [--links M=600] [--pan-seconds S=3]
 *                             [--edits K=20] [--build] [--timeout s=600]
 */
import { type ChildProcess, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { TLRecord } from '@tldraw/tlschema'
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core'
import * as Y from 'yjs'
import { boardToken, connectClient, createBoard, whenDoc, whenSynced } from '../server/test/testServer'
import { validateBoardRecords } from '../shared/boardSchema'
import type { ActorProps, CardKind, NeedProps, ProjectProps, ResourceProps } from '../shared/domain/cardProps'
import type { ActorKind, Mechanism, NeedCategory, ResourceType, Sector, Urgency } from '../shared/domain/enums'
import { BOARD_PATH_PREFIX, TOKEN_QUERY_PARAM } from '../shared/protocol'
import { mulberry32 } from '../shared/random/mulberry32'
import { createTemplateContext } from '../shared/templates/createTemplateContext'
import { type CardHandle, TemplateBuilder } from '../shared/templates/TemplateBuilder'
import { getYRecords, type PlainRecord, writeRecord } from '../shared/ydocLayout'
import { CHROMIUM, CHROMIUM_ARGS } from './chromiumLaunch'
import { procMemory, spawnServer, stopServer } from './spawnServer'

const { values } = parseArgs({
	options: {
		cards: { type: 'string', default: '500' },
		links: { type: 'string', default: '600' },
		'pan-seconds': { type: 'string', default: '3' },
		edits: { type: 'string', default: '20' },
		build: { type: 'boolean', default: false },
		timeout: { type: 'string', default: '600' },
	},
})
const N = Number(values.cards)
const M = Number(values.links)
const PAN_MS = Number(values['pan-seconds']) * 1000
const EDITS = Number(values.edits)
const DRAG_MS = 2000
const TIMEOUT_S = Number(values.timeout)
if (!Number.isInteger(N) || N < 20) throw new Error('--cards must be an integer >= 20')
if (!Number.isInteger(M) || M < 0) throw new Error('--links must be an integer >= 0')
if (!(PAN_MS > 0)) throw new Error('--pan-seconds must be positive')
if (!Number.isInteger(EDITS) || EDITS < 1) throw new Error('--edits must be an integer >= 1')

const VIEWPORT = { width: 1280, height: 800 }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-bench-board-'))
let server: ChildProcess | null = null
let browser: Browser | null = null
const serverLog: string[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
const r1 = (x: number) => Math.round(x * 10) / 10
/** Wall-clock milliseconds with sub-millisecond precision; the browser computes the same. */
const now = () => performance.timeOrigin + performance.now()

function cleanupSync(): void {
	server?.kill('SIGKILL')
	fs.rmSync(dataDir, { recursive: true, force: true })
}

// Nothing may hang: give up after the overall timeout.
const watchdog = setTimeout(() => {
	console.error(`ERROR: benchmark did not finish within ${TIMEOUT_S} s`)
	void Promise.race([browser?.close(), sleep(3000)]).finally(() => {
		cleanupSync()
		process.exit(1)
	})
}, TIMEOUT_S * 1000)

// ---------------------------------------------------------------------------------------
// Server

/** Starts `server/main.ts` in a child process and resolves with its port. */
function startServer(): Promise<number> {
	const started = spawnServer(root, dataDir, serverLog)
	server = started.child
	return started.port
}

function dirBytes(dir: string): number {
	let total = 0
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name)
		total += entry.isDirectory() ? dirBytes(p) : fs.statSync(p).size
	}
	return total
}

// ---------------------------------------------------------------------------------------
// The board's records

const PLACES = ['幸福里', '和平街', '东园', '西湖苑', '光明新村', '梧桐巷', '南门', '滨江花园', '青石桥', '红旗小区']
const NEED_THINGS = ['老年助餐', '儿童托管', '楼道照明', '适老化改造', '心理疏导', '就业培训', '垃圾分类', '停车秩序']
const RESOURCE_THINGS = ['社区食堂场地', '志愿服务队', '慈善基金', '法律咨询', '闲置活动室', '医护义诊', '图书捐赠']
const ACTOR_NAMES = ['街道办事处', '社区居委会', '社工服务中心', '物业公司', '爱心商户联盟', '党员先锋队', '第一小学']
const PROJECT_THINGS = ['暖心食堂', '四点半课堂', '邻里互助', '银龄守护', '绿色家园', '乐业计划']
const GROUPS = ['老年人', '青少年', '新就业群体', '商户', '困境儿童', '残障人士', '租户', '全体居民']
const CATEGORIES: NeedCategory[] = ['goods', 'services', 'facilities', 'wish']
const URGENCY: Urgency[] = ['high', 'medium', 'low']
const SECTOR_LIST: Sector[] = ['government', 'market', 'society']
const RESOURCE_TYPE_LIST: ResourceType[] = ['funds', 'space', 'materials', 'skills', 'volunteers', 'information']
const ACTOR_KIND_LIST: ActorKind[] = [
	'subdistrict',
	'communityCommittee',
	'socialWorkOrg',
	'enterprise',
	'volunteerTeam',
]
const MECHANISM_LIST: Mechanism[] = ['administrative', 'social', 'market']
const CELL = { w: 320, h: 220 }

interface BuiltBoard {
	records: TLRecord[]
	cards: CardHandle[]
	counts: Record<CardKind, number>
	links: { allocation: number; serves: number }
	bounds: { w: number; h: number }
}

function buildBoard(cardCount: number, linkCount: number): BuiltBoard {
	const rand = mulberry32(20_240_601)
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]
	const counts: Record<CardKind, number> = {
		need: Math.round(cardCount * 0.4),
		resource: Math.round(cardCount * 0.3),
		actor: Math.round(cardCount * 0.15),
		project: 0,
	}
	counts.project = cardCount - counts.need - counts.resource - counts.actor
	const kinds: CardKind[] = []
	for (const kind of ['need', 'resource', 'actor', 'project'] as const) {
		for (let i = 0; i < counts[kind]; i++) kinds.push(kind)
	}
	for (let i = kinds.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1))
		;[kinds[i], kinds[j]] = [kinds[j], kinds[i]]
	}

	const builder = new TemplateBuilder(createTemplateContext({ lang: 'zh' }), 'blank')
	const columns = Math.ceil(Math.sqrt(cardCount * 1.1))
	const cards: CardHandle[] = []
	kinds.forEach((kind, i) => {
		const at = { x: (i % columns) * CELL.w, y: Math.floor(i / columns) * CELL.h }
		const n = i + 1
		const place = pick(PLACES)
		switch (kind) {
			case 'need':
				cards.push(
					builder.card(kind, at, {
						title: `${place}${pick(NEED_THINGS)}需求 ${n}`,
						category: pick(CATEGORIES),
						targetGroup: pick(GROUPS),
						beneficiaries: 10 + Math.floor(rand() * 200),
						urgency: pick(URGENCY),
						votes: Math.floor(rand() * 12),
						location: `${place}社区`,
					} satisfies Partial<NeedProps>),
				)
				break
			case 'resource':
				cards.push(
					builder.card(kind, at, {
						title: `${place}${pick(RESOURCE_THINGS)} ${n}`,
						sector: pick(SECTOR_LIST),
						resourceType: pick(RESOURCE_TYPE_LIST),
						provider: pick(ACTOR_NAMES),
						quantity: 1 + Math.floor(rand() * 50),
						unit: '份',
					} satisfies Partial<ResourceProps>),
				)
				break
			case 'actor':
				cards.push(
					builder.card(kind, at, {
						title: `${place}${pick(ACTOR_NAMES)} ${n}`,
						sector: pick(SECTOR_LIST),
						actorKind: pick(ACTOR_KIND_LIST),
						roles: ['executor'],
						influence: 1 + Math.floor(rand() * 5),
						interest: 1 + Math.floor(rand() * 5),
					} satisfies Partial<ActorProps>),
				)
				break
			case 'project':
				cards.push(
					builder.card(kind, at, {
						title: `${place}${pick(PROJECT_THINGS)}项目 ${n}`,
						status: 'executing',
						leadActor: pick(ACTOR_NAMES),
						targetGroup: pick(GROUPS),
						directBeneficiaries: 20 + Math.floor(rand() * 300),
					} satisfies Partial<ProjectProps>),
				)
				break
		}
	})

	// Links go from a source to one of its nearest needs, round-robin over the sources,
	// so arrows are short as on a real board. Two thirds are allocations.
	const needs = cards.filter((c) => c.kind === 'need')
	const nearestNeeds = (from: CardHandle) =>
		needs
			.map((n) => ({ n, d: (n.box.x - from.box.x) ** 2 + (n.box.y - from.box.y) ** 2 }))
			.sort((a, b) => a.d - b.d)
			.slice(0, 24)
			.map((e) => e.n)
	const plan = (kind: 'resource' | 'project', total: number) => {
		const sources = cards.filter((c) => c.kind === kind)
		const near = new Map(sources.map((s) => [s.id, nearestNeeds(s)]))
		const used = new Map(sources.map((s) => [s.id, 0]))
		const out: [CardHandle, CardHandle][] = []
		for (let i = 0; i < total; i++) {
			const from = sources[i % sources.length]
			const k = used.get(from.id) ?? 0
			const list = near.get(from.id) ?? []
			if (k >= list.length) throw new Error(`too many links for ${sources.length} ${kind} cards`)
			used.set(from.id, k + 1)
			out.push([from, list[k]])
		}
		return out
	}
	const allocationCount = Math.round((linkCount * 2) / 3)
	const allocations = plan('resource', allocationCount)
	const serves = plan('project', linkCount - allocationCount)
	for (const [from, to] of allocations) {
		builder.link(from, to, { mechanism: pick(MECHANISM_LIST), quantity: 1 + Math.floor(rand() * 10), unit: '份' })
	}
	for (const [from, to] of serves) builder.link(from, to)

	const rows = Math.ceil(cardCount / columns)
	return {
		records: builder.records(),
		cards,
		counts,
		links: { allocation: allocations.length, serves: serves.length },
		bounds: { w: columns * CELL.w, h: rows * CELL.h },
	}
}

// ---------------------------------------------------------------------------------------
// Browser

/** Statistics of a list of frame intervals (ms). */
function frameStats(intervals: number[]) {
	const sorted = [...intervals].sort((a, b) => a - b)
	const total = intervals.reduce((s, x) => s + x, 0)
	const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
	return {
		frames: intervals.length,
		meanFps: r1(intervals.length / (total / 1000)),
		meanMs: r1(total / intervals.length),
		p50Ms: r1(pct(50)),
		p95Ms: r1(pct(95)),
		maxMs: r1(sorted[sorted.length - 1] ?? Number.NaN),
		over50ms: intervals.filter((x) => x > 50).length,
	}
}

function stats(values: number[]) {
	const sorted = [...values].sort((a, b) => a - b)
	const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
	return {
		n: values.length,
		p50: r1(pct(50)),
		p95: r1(pct(95)),
		max: r1(sorted[sorted.length - 1] ?? Number.NaN),
		mean: r1(values.reduce((s, x) => s + x, 0) / values.length),
	}
}

/**
 * What every page of the benchmark runs before the app: a person with a name (no name
 * prompt), a shim for the `__name` helper tsx's esbuild wraps named functions in (the
 * functions passed to `page.evaluate` are serialised with it), a long-task observer and
 * a poller that stamps when the editor exists, the first card is visible, the editor
 * holds every shape and every card is in the DOM.
 */
function initScript(expectedShapes: number, expectedCards: number, userId: string): string {
	return `
globalThis.__name = globalThis.__name || ((f) => f);
localStorage.setItem('TLDRAW_USER_DATA_v3', JSON.stringify({ version: 3, user: { id: ${JSON.stringify(userId)}, name: ${JSON.stringify(userId)} } }));
(() => {
	const t = () => performance.timeOrigin + performance.now();
	const bench = { marks: {}, longTasks: [], remote: {} };
	window.__bench = bench;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.longTasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
	const visible = (el) => {
		const r = el.getBoundingClientRect();
		return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
	};
	const iv = setInterval(() => {
		const m = bench.marks;
		const ed = window.__niudaiEditor;
		if (ed && !m.editor) m.editor = t();
		if (!m.firstCard) {
			for (const el of document.querySelectorAll('.nd-card')) if (visible(el)) { m.firstCard = t(); break; }
		}
		if (ed && !m.allShapes && ed.getCurrentPageShapes().length >= ${expectedShapes}) m.allShapes = t();
		if (m.allShapes && !m.domCards && document.querySelectorAll('.nd-card').length >= ${expectedCards}) {
			m.domCards = t();
			requestAnimationFrame(() => requestAnimationFrame(() => { m.painted = t(); }));
		}
		if (m.firstCard && m.domCards) clearInterval(iv);
	}, 10);
})();
`
}

interface Marks {
	editor?: number
	firstCard?: number
	allShapes?: number
	domCards?: number
	painted?: number
}

interface LoadTimes {
	editorMs: number
	firstCardMs: number
	allShapesMs: number
	domCardsMs: number
	paintedMs: number
	longTasks: number
	longTaskTotalMs: number
	longestTaskMs: number
}

async function newPerson(
	b: Browser,
	name: string,
	consoleLines: string[],
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
	const context = await b.newContext({ viewport: VIEWPORT })
	await context.addInitScript({ content: initScript(N + M, N, name) })
	const page = await context.newPage()
	// Enabled before the page loads, so script, layout and style times count from the start.
	const cdp = await context.newCDPSession(page)
	await cdp.send('Performance.enable')
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning') consoleLines.push(`[${name} ${msg.type()}] ${msg.text()}`)
	})
	page.on('pageerror', (err) => consoleLines.push(`[${name} pageerror] ${err.message}`))
	return { context, page, cdp }
}

/** Opens the board and waits until the editor has every shape and every card is in the DOM. */
async function openAndTime(page: Page, url: string): Promise<LoadTimes> {
	const t0 = now()
	await page.goto(url)
	await page.waitForFunction(
		() => {
			const m = (window as unknown as { __bench: { marks: Marks } }).__bench.marks
			return Boolean(m.firstCard && m.domCards && m.painted)
		},
		undefined,
		{ timeout: TIMEOUT_S * 1000, polling: 100 },
	)
	const { marks, longTasks } = await page.evaluate(() => {
		const b = (window as unknown as { __bench: { marks: Marks; longTasks: { start: number; duration: number }[] } })
			.__bench
		return { marks: b.marks, longTasks: b.longTasks }
	})
	const since = (x: number | undefined) => Math.round((x ?? Number.NaN) - t0)
	const upTo = marks.painted ?? Number.POSITIVE_INFINITY
	const loadTasks = longTasks.filter((lt) => lt.start <= upTo)
	return {
		editorMs: since(marks.editor),
		firstCardMs: since(marks.firstCard),
		allShapesMs: since(marks.allShapes),
		domCardsMs: since(marks.domCards),
		paintedMs: since(marks.painted),
		longTasks: loadTasks.length,
		longTaskTotalMs: Math.round(loadTasks.reduce((s, lt) => s + lt.duration, 0)),
		longestTaskMs: Math.round(Math.max(0, ...loadTasks.map((lt) => lt.duration))),
	}
}

type View = 'fit' | 'center100'

/** Puts the camera at zoom-to-fit or at 100 % over the middle of the board; returns what is shown. */
async function setView(page: Page, view: View): Promise<{ zoom: number; shown: number; culled: number }> {
	return page.evaluate((v) => {
		const ed = window.__niudaiEditor
		if (!ed) throw new Error('no editor')
		if (v === 'fit') ed.zoomToFit()
		else {
			const bounds = ed.getCurrentPageBounds()
			const vp = ed.getViewportScreenBounds()
			if (!bounds) throw new Error('empty page')
			ed.setCamera({ x: vp.w / 2 - bounds.center.x, y: vp.h / 2 - bounds.center.y, z: 1 })
		}
		const total = ed.getCurrentPageShapes().length
		const culled = ed.getCulledShapes().size
		return { zoom: ed.getZoomLevel(), shown: total - culled, culled }
	}, view)
}

/** Idles (no camera change) or pans the camera a little every animation frame; returns frame intervals. */
async function measureFrames(page: Page, durationMs: number, pan: boolean): Promise<number[]> {
	return page.evaluate(
		({ durationMs, pan }) =>
			new Promise<number[]>((resolve, reject) => {
				const ed = window.__niudaiEditor
				if (!ed) return reject(new Error('no editor'))
				const start = ed.getCamera()
				const intervals: number[] = []
				let first = 0
				let last = 0
				const step = (ts: number) => {
					if (first === 0) first = ts
					else intervals.push(ts - last)
					last = ts
					if (ts - first >= durationMs) {
						ed.setCamera(start)
						resolve(intervals)
						return
					}
					if (pan) {
						// 3 × 1.5 screen pixels per frame, right and down, back after half the time.
						const dir = ts - first < durationMs / 2 ? 1 : -1
						const cam = ed.getCamera()
						ed.setCamera({ x: cam.x - (dir * 3) / cam.z, y: cam.y - (dir * 1.5) / cam.z, z: cam.z })
					}
					requestAnimationFrame(step)
				}
				// Start on a fresh frame so the first interval is not the evaluate call's own task.
				requestAnimationFrame(() => requestAnimationFrame(step))
			}),
		{ durationMs, pan },
	)
}

/** Installs in the page a store hook and a DOM observer that stamp when a card's title changes. */
async function watchTitle(page: Page, cardId: string): Promise<void> {
	await page.evaluate((id) => {
		const ed = window.__niudaiEditor
		if (!ed) throw new Error('no editor')
		const remote = (window as unknown as { __bench: { remote: Record<string, { store?: number; dom?: number }> } })
			.__bench.remote
		const t = () => performance.timeOrigin + performance.now()
		ed.sideEffects.registerAfterChangeHandler('shape', (_prev, next) => {
			if (next.id !== id) return
			const title = (next.props as { title?: string }).title ?? ''
			remote[title] ??= {}
			remote[title].store ??= t()
		})
		const el = document.querySelector(`.tl-shape[data-shape-id="${id}"]`)
		if (!el) throw new Error(`no DOM element for ${id}`)
		new MutationObserver(() => {
			const title = el.querySelector('.nd-card__title')?.textContent ?? ''
			remote[title] ??= {}
			remote[title].dom ??= t()
		}).observe(el, { subtree: true, childList: true, characterData: true })
	}, cardId)
}

async function readTitleMarks(page: Page, title: string): Promise<{ store?: number; dom?: number }> {
	await page.waitForFunction(
		(t) => {
			const r = (window as unknown as { __bench: { remote: Record<string, { store?: number; dom?: number }> } }).__bench
				.remote[t]
			return Boolean(r?.store && r.dom)
		},
		title,
		{ timeout: 15_000, polling: 20 },
	)
	return page.evaluate(
		(t) =>
			(window as unknown as { __bench: { remote: Record<string, { store?: number; dom?: number }> } }).__bench.remote[
				t
			],
		title,
	)
}

interface PageMetrics {
	jsHeapUsedMB: number
	jsHeapTotalMB: number
	domNodes: number
	layoutCount: number
	recalcStyleCount: number
	scriptDurationS: number
	layoutDurationS: number
	recalcStyleDurationS: number
	taskDurationS: number
}

/** Frame statistics of a measurement, plus the renderer main thread's busy time during it (CDP). */
async function framesWithBusy(page: Page, cdp: CDPSession, durationMs: number, pan: boolean) {
	const read = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics')
		const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
		return {
			task: get('TaskDuration'),
			script: get('ScriptDuration'),
			layout: get('LayoutDuration'),
			style: get('RecalcStyleDuration'),
		}
	}
	const before = await read()
	const frames = frameStats(await measureFrames(page, durationMs, pan))
	const after = await read()
	const ms = (k: keyof typeof before) => Math.round((after[k] - before[k]) * 1000)
	const mainThreadMs = { task: ms('task'), script: ms('script'), layout: ms('layout'), style: ms('style') }
	return { ...frames, mainThreadMs }
}

/** Page metrics after a garbage collection; durations are totals since the page was opened. */
async function pageMetrics(cdp: CDPSession): Promise<PageMetrics> {
	await cdp.send('HeapProfiler.collectGarbage')
	const { metrics } = await cdp.send('Performance.getMetrics')
	const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
	return {
		jsHeapUsedMB: mb(get('JSHeapUsedSize')),
		jsHeapTotalMB: mb(get('JSHeapTotalSize')),
		domNodes: get('Nodes'),
		layoutCount: get('LayoutCount'),
		recalcStyleCount: get('RecalcStyleCount'),
		scriptDurationS: r1(get('ScriptDuration')),
		layoutDurationS: r1(get('LayoutDuration')),
		recalcStyleDurationS: r1(get('RecalcStyleDuration')),
		taskDurationS: r1(get('TaskDuration')),
	}
}

// ---------------------------------------------------------------------------------------

function ensureClientBuilt(): void {
	const index = path.join(root, 'dist/client/index.html')
	if (!values.build && fs.existsSync(index)) return
	console.log('building the client (npx vite build) …')
	const res = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' })
	if (res.status !== 0 || !fs.existsSync(index)) throw new Error('vite build failed')
}

async function main(): Promise<void> {
	const wallStart = performance.now()
	ensureClientBuilt()
	const clientBuiltAt = fs.statSync(path.join(root, 'dist/client/index.html')).mtime.toISOString()
	const port = await startServer()
	const pid = server?.pid as number
	const base = `http://127.0.0.1:${port}`
	const boardId = await createBoard(base, `Board benchmark ${N} cards`)
	await sleep(200)
	const serverIdle = procMemory(pid)

	// 1. Build, validate and write the board in one transaction.
	const buildStart = performance.now()
	const board = buildBoard(N, M)
	const buildMs = performance.now() - buildStart
	const { problems } = validateBoardRecords(board.records)
	if (problems.length > 0) {
		throw new Error(`invalid records: ${problems.length}, first: ${problems[0].id}: ${problems[0].message}`)
	}
	const expectedRecords = board.records.length + 2 // + document and page

	const writerDoc = new Y.Doc()
	const writer = connectClient(port, boardId, writerDoc)
	await whenSynced(writer)
	const yRecords = getYRecords(writerDoc)
	const writeStart = performance.now()
	writerDoc.transact(() => {
		for (const rec of board.records) writeRecord(yRecords, rec as unknown as PlainRecord)
	})
	const writeMs = performance.now() - writeStart
	const docBytes = Y.encodeStateAsUpdate(writerDoc).byteLength

	// The server has it when a fresh client receives every record.
	const serverStart = performance.now()
	const checkDoc = new Y.Doc()
	const checker = connectClient(port, boardId, checkDoc)
	await whenSynced(checker)
	await whenDoc(checkDoc, () => getYRecords(checkDoc).size >= expectedRecords, 60_000)
	const serverHasItMs = performance.now() - serverStart
	checker.destroy()
	checkDoc.destroy()
	await sleep(300)
	const serverWithBoard = procMemory(pid)

	// Anything a browser writes back into the doc while only loading and looking.
	let writtenBack = { updates: 0, bytes: 0, what: new Set<string>() }
	writerDoc.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin === writer) {
			writtenBack.updates++
			writtenBack.bytes += update.byteLength
		}
	})
	// Which records and fields those updates touched (`shape:… props.title`).
	const typeOf = (id: string) => String(yRecords.get(id)?.get('type') ?? yRecords.get(id)?.get('typeName') ?? '?')
	yRecords.observeDeep((events, txn) => {
		if (txn.origin !== writer) return
		for (const event of events) {
			const [id, field] = event.path as string[]
			const keys = [...event.keys.keys()].join(',')
			const what = id === undefined ? `records {${keys}}` : `${typeOf(id)} ${field ?? ''}{${keys}}`
			writtenBack.what.add(what)
		}
	})

	// 2. The first browser.
	const consoleLines: string[] = []
	browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
	const url = `${base}${BOARD_PATH_PREFIX}${boardId}?${TOKEN_QUERY_PARAM}=${boardToken(boardId)}`
	const a = await newPerson(browser, 'bench-a', consoleLines)
	const loadA = await openAndTime(a.page, url)
	await sleep(500)
	const writtenBackOnLoad = writtenBack
	writtenBack = { updates: 0, bytes: 0, what: new Set<string>() }
	const metricsLoaded = await pageMetrics(a.cdp)

	const idle = await framesWithBusy(a.page, a.cdp, 1000, false)
	const fitView = await setView(a.page, 'fit')
	await sleep(300)
	const panFit = await framesWithBusy(a.page, a.cdp, PAN_MS, true)
	const centerView = await setView(a.page, 'center100')
	await sleep(300)
	const panCenter = await framesWithBusy(a.page, a.cdp, PAN_MS, true)

	// Remote edits from the Node client, of a card in view at 100 %.
	const centre = { x: board.bounds.w / 2, y: board.bounds.h / 2 }
	const target = [...board.cards].sort(
		(p, q) =>
			(p.box.x + p.box.w / 2 - centre.x) ** 2 +
			(p.box.y + p.box.h / 2 - centre.y) ** 2 -
			((q.box.x + q.box.w / 2 - centre.x) ** 2 + (q.box.y + q.box.h / 2 - centre.y) ** 2),
	)[0]
	await watchTitle(a.page, target.id)
	const nodeToStore: number[] = []
	const nodeToDom: number[] = []
	const targetProps = () => {
		const yrec = yRecords.get(target.id)
		const props = yrec?.get('props')
		if (!(props instanceof Y.Map)) throw new Error('target card has no props map')
		return props
	}
	for (let i = 1; i <= EDITS; i++) {
		const title = `远程编辑 Node ${i}`
		const sent = now()
		writerDoc.transact(() => targetProps().set('title', title))
		const marks = await readTitleMarks(a.page, title)
		nodeToStore.push((marks.store ?? Number.NaN) - sent)
		nodeToDom.push((marks.dom ?? Number.NaN) - sent)
		await sleep(100)
	}

	// A remote drag: the Node client moves the same card 60 times a second, as a dragging
	// person's client would; browser A's frame times meanwhile, and how late the last move lands.
	const targetRecord = yRecords.get(target.id)
	const startXyr = targetRecord?.get('xyr') as [number, number, number] | undefined
	if (!targetRecord || !startXyr) throw new Error('target card has no position')
	const dragFramesPromise = framesWithBusy(a.page, a.cdp, DRAG_MS, false)
	await sleep(50) // the frame loop starts on the next animation frame
	const dragStart = performance.now()
	let moves = 0
	let lastMove: [number, number, number] = startXyr
	while (performance.now() - dragStart < DRAG_MS - 100) {
		const due = dragStart + moves * (1000 / 60)
		const wait = due - performance.now()
		if (wait > 0) await sleep(wait)
		moves++
		lastMove = [startXyr[0] + 2 * moves, startXyr[1] + moves, startXyr[2]]
		const xyr = lastMove
		writerDoc.transact(() => targetRecord.set('xyr', xyr))
	}
	const lastSent = now()
	const lastArrived = await a.page.evaluate(
		({ id, x }) =>
			new Promise<number>((resolve) => {
				const check = () => {
					if (window.__niudaiEditor?.getShape(id as never)?.x === x) resolve(performance.timeOrigin + performance.now())
					else requestAnimationFrame(check)
				}
				check()
			}),
		{ id: String(target.id), x: lastMove[0] },
	)
	const remoteDrag = { moves, frames: await dragFramesPromise, lastMoveLagMs: r1(Math.max(0, lastArrived - lastSent)) }
	writerDoc.transact(() => targetRecord.set('xyr', startXyr))
	await sleep(300)

	// 3. A second browser joins the board.
	const rssBeforeJoin = procMemory(pid)
	const b = await newPerson(browser, 'bench-b', consoleLines)
	const loadB = await openAndTime(b.page, url)
	await sleep(500)
	const serverTwoBrowsers = procMemory(pid)

	// Edits typed in the second browser (editor.updateShape, as the title input does), seen by the first.
	const browserToStore: number[] = []
	const browserToDom: number[] = []
	for (let i = 1; i <= EDITS; i++) {
		const title = `远程编辑 浏览器 ${i}`
		const sent = await b.page.evaluate(
			({ id, kind, title }) => {
				const ed = window.__niudaiEditor
				if (!ed) throw new Error('no editor')
				const t = performance.timeOrigin + performance.now()
				ed.updateShape({ id, type: kind, props: { title } } as never)
				return t
			},
			{ id: String(target.id), kind: String(target.kind), title },
		)
		const marks = await readTitleMarks(a.page, title)
		browserToStore.push((marks.store ?? Number.NaN) - sent)
		browserToDom.push((marks.dom ?? Number.NaN) - sent)
		await sleep(100)
	}
	const writtenBackAfter = writtenBack
	const metricsEnd = await pageMetrics(a.cdp)
	const metricsB = await pageMetrics(b.cdp)
	const shapesB = await b.page.evaluate(() => window.__niudaiEditor?.getCurrentPageShapes().length ?? 0)
	const serverEnd = procMemory(pid)

	// Tear down: browser, clients, server (SIGTERM: flush and close storage).
	await browser.close()
	browser = null
	writer.destroy()
	writerDoc.destroy()
	await stopServer(server)
	const dataBytes = dirBytes(dataDir)
	fs.rmSync(dataDir, { recursive: true, force: true })
	const wallMs = performance.now() - wallStart

	const result = {
		cards: N,
		links: M,
		clientBuiltAt,
		counts: board.counts,
		linkKinds: board.links,
		records: expectedRecords,
		boardSizePx: board.bounds,
		buildRecordsMs: Math.round(buildMs),
		yTransactMs: Math.round(writeMs),
		docBytes,
		serverHasItMs: Math.round(serverHasItMs),
		serverRssMB: {
			idle: mb(serverIdle.rss),
			withBoard: mb(serverWithBoard.rss),
			oneBrowser: mb(rssBeforeJoin.rss),
			twoBrowsers: mb(serverTwoBrowsers.rss),
			end: mb(serverEnd.rss),
		},
		serverPeakRssMB: mb(serverEnd.hwm),
		dataDirBytesAfterShutdown: dataBytes,
		load: loadA,
		pageMetricsLoaded: metricsLoaded,
		idle,
		fit: { view: { ...fitView, zoom: Math.round(fitView.zoom * 1000) / 1000 }, pan: panFit },
		center100: { view: centerView, pan: panCenter },
		remoteEditNodeMs: { toStore: stats(nodeToStore), toDom: stats(nodeToDom) },
		remoteDrag,
		secondBrowser: { load: loadB, shapes: shapesB, pageMetrics: metricsB },
		remoteEditBrowserMs: { toStore: stats(browserToStore), toDom: stats(browserToDom) },
		pageMetricsEnd: metricsEnd,
		writtenBackByBrowsers: {
			onLoad: { ...writtenBackOnLoad, what: [...writtenBackOnLoad.what] },
			afterwards: { ...writtenBackAfter, what: [...writtenBackAfter.what] },
		},
		consoleLines: consoleLines.length,
		serverLogLines: serverLog.length,
		wallMs: Math.round(wallMs),
	}

	const fmtLoad = (l: LoadTimes) =>
		`editor ${l.editorMs} · first card ${l.firstCardMs} · all shapes ${l.allShapesMs} · all cards in DOM ${l.domCardsMs} · painted ${l.paintedMs} ms`
	const fmtFrames = (f: Awaited<ReturnType<typeof framesWithBusy>>) =>
		`${f.meanFps} fps · p50 ${f.p50Ms} · p95 ${f.p95Ms} · max ${f.maxMs} ms · ${f.over50ms}/${f.frames} frames > 50 ms · main thread busy ${f.mainThreadMs.task} ms (script ${f.mainThreadMs.script}, layout ${f.mainThreadMs.layout}, style ${f.mainThreadMs.style})`
	const fmtStats = (s: ReturnType<typeof stats>) => `p50 ${s.p50} · p95 ${s.p95} · max ${s.max} ms (n=${s.n})`
	const fmtMetrics = (m: PageMetrics) =>
		`JS heap ${m.jsHeapUsedMB} / ${m.jsHeapTotalMB} MB · ${m.domNodes} DOM nodes · since open: script ${m.scriptDurationS} s · layout ${m.layoutDurationS} s · style ${m.recalcStyleDurationS} s`
	const rows: [string, string][] = [
		['client build used', `dist/client, built ${clientBuiltAt}`],
		[
			'cards / links',
			`${N} (${Object.entries(board.counts)
				.map(([k, v]) => `${k} ${v}`)
				.join(', ')}) / ${M}`,
		],
		['links by kind', `allocation ${board.links.allocation}, serves ${board.links.serves}`],
		['records (shapes + bindings + doc/page)', String(expectedRecords)],
		['board size', `${board.bounds.w} × ${board.bounds.h} px`],
		['build records / Y transaction', `${result.buildRecordsMs} ms / ${result.yTransactMs} ms`],
		['Y.Doc size (encodeStateAsUpdate)', `${docBytes} B (${mb(docBytes)} MB)`],
		['write → a new client has every record', `${result.serverHasItMs} ms`],
		['server RSS idle → with board', `${result.serverRssMB.idle} → ${result.serverRssMB.withBoard} MB`],
		[
			'server RSS 1 browser → 2 browsers → end',
			`${result.serverRssMB.oneBrowser} → ${result.serverRssMB.twoBrowsers} → ${result.serverRssMB.end} MB`,
		],
		['server peak RSS (VmHWM)', `${result.serverPeakRssMB} MB`],
		['data dir after shutdown', `${mb(dataBytes)} MB`],
		['browser A load (from page.goto)', fmtLoad(loadA)],
		[
			'browser A long tasks during load',
			`${loadA.longTasks} tasks, ${loadA.longTaskTotalMs} ms total, longest ${loadA.longestTaskMs} ms`,
		],
		['browser A after load', fmtMetrics(metricsLoaded)],
		['idle frames (camera still, initial view)', fmtFrames(idle)],
		['zoom to fit', `zoom ${result.fit.view.zoom}, ${fitView.shown} shapes shown, ${fitView.culled} culled`],
		['  panning at fit', fmtFrames(panFit)],
		['100 % over the middle', `${centerView.shown} shapes shown, ${centerView.culled} culled`],
		['  panning at 100 %', fmtFrames(panCenter)],
		['remote title edit Node → A store', fmtStats(result.remoteEditNodeMs.toStore)],
		['remote title edit Node → A DOM', fmtStats(result.remoteEditNodeMs.toDom)],
		[`remote drag (Node: ${remoteDrag.moves} moves at 60/s): A`, fmtFrames(remoteDrag.frames)],
		['  last move → A (seen on a frame)', `${remoteDrag.lastMoveLagMs} ms`],
		['browser B joins (from page.goto)', fmtLoad(loadB)],
		[
			'browser B long tasks during load',
			`${loadB.longTasks} tasks, ${loadB.longTaskTotalMs} ms total, longest ${loadB.longestTaskMs} ms`,
		],
		['browser B after load', `${shapesB} shapes · ${fmtMetrics(metricsB)}`],
		['title edit B → A store', fmtStats(result.remoteEditBrowserMs.toStore)],
		['title edit B → A DOM', fmtStats(result.remoteEditBrowserMs.toDom)],
		['browser A at the end', fmtMetrics(metricsEnd)],
		[
			'doc updates written by browsers (load / later)',
			`${writtenBackOnLoad.updates} (${writtenBackOnLoad.bytes} B: ${[...writtenBackOnLoad.what].join('; ') || '—'}) / ${writtenBackAfter.updates} (${writtenBackAfter.bytes} B, incl. B's ${EDITS} edits: ${[...writtenBackAfter.what].join('; ')})`,
		],
		['browser console warnings/errors', String(consoleLines.length)],
		['server warning/error log lines', String(serverLog.length)],
		['total wall time', `${(wallMs / 1000).toFixed(1)} s`],
	]
	const width = Math.max(...rows.map(([k]) => k.length))
	console.log(
		`Niudai big-board benchmark: headless Chromium (software rendering, --disable-gpu), ${os.cpus().length} CPUs`,
	)
	for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`)
	for (const line of consoleLines.slice(0, 10)) console.log(`  [browser] ${line.slice(0, 300)}`)
	for (const line of serverLog.slice(0, 10)) console.log(`  [server] ${line.slice(0, 300)}`)
	console.log('  (fps are a lower bound: no GPU, and the browser shares the CPU with the server)')
	console.log(`RESULT ${JSON.stringify(result)}`)

	clearTimeout(watchdog)
	process.exit(0)
}

main().catch(async (err) => {
	console.error('ERROR:', err instanceof Error ? (err.stack ?? err.message) : err)
	await Promise.race([browser?.close(), sleep(3000)])
	cleanupSync()
	process.exit(1)
})
