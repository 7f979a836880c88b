/**
 * Plan derivation and export benchmark (figures, not a test): a synthetic board of
 * 1,000 cards and 1,500 links, built in memory as plain records. Times `derivePlan`
 * (median of 20 runs), the Markdown plan and each csv list, the Word / Excel
 * exporters when they exist, and the Word file built in the worker thread as the
 * server does it (round trip, plan hand-off, event-loop gap). Prints a table and a
 * `RESULT {json}` line.
 *
 *   npx tsx bench/plan.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DocxWorkerPool } from '../server/export/docxInWorker'
import { LIST_NAMES } from '../shared/export/listColumns'
import { listToCsv } from '../shared/export/listsToCsv'
import { planToMarkdown } from '../shared/export/planToMarkdown'
import { derivePlan } from '../shared/plan/derivePlan'
import type { Plan } from '../shared/plan/planTypes'
import { buildBoard } from './syntheticBoard'

const RUNS = 20
const SLOW_RUNS = 5

interface Timing {
	median: number
	min: number
	max: number
	runs: number
}

async function time(runs: number, fn: () => unknown): Promise<Timing> {
	await fn() // warm-up
	const samples: number[] = []
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now()
		await fn()
		samples.push(performance.now() - t0)
	}
	samples.sort((a, b) => a - b)
	const round = (v: number) => Math.round(v * 100) / 100
	return {
		median: round(samples[Math.floor(samples.length / 2)]),
		min: round(samples[0]),
		max: round(samples.at(-1) ?? 0),
		runs,
	}
}

type Exporter = (plan: Plan, opts: { lang: 'zh' | 'en' }) => Promise<Uint8Array>

/** The named exporter of a server/export module, when the file exists. */
async function loadExporter(file: string, name: string): Promise<Exporter | null> {
	const here = path.dirname(fileURLToPath(import.meta.url))
	const full = path.join(here, '..', 'server', 'export', file)
	if (!fs.existsSync(full)) return null
	const mod = (await import(full)) as Record<string, unknown>
	const fn = mod[name]
	return typeof fn === 'function' ? (fn as Exporter) : null
}

async function main(): Promise<void> {
	const t0 = performance.now()
	const records = buildBoard()
	const buildMs = performance.now() - t0
	const opts = { title: '基准白板', includePrivate: false }
	const plan = derivePlan(records, opts)
	const results: Record<string, Timing & { bytes?: number }> = {}
	results.derivePlan = await time(RUNS, () => derivePlan(records, opts))
	const markdown = planToMarkdown(plan)
	results.markdown = { ...(await time(RUNS, () => planToMarkdown(plan))), bytes: Buffer.byteLength(markdown) }
	for (const list of LIST_NAMES) {
		const csv = listToCsv(plan, list)
		results[`csv:${list}`] = { ...(await time(RUNS, () => listToCsv(plan, list))), bytes: Buffer.byteLength(csv) }
	}
	const missing: string[] = []
	for (const [file, name, key] of [
		['planToDocx.ts', 'planToDocx', 'docx'],
		['planToXlsx.ts', 'planToXlsx', 'xlsx'],
	] as const) {
		const exporter = await loadExporter(file, name)
		if (!exporter) {
			missing.push(key)
			continue
		}
		const bytes = (await exporter(plan, { lang: 'zh' })).byteLength
		results[key] = { ...(await time(SLOW_RUNS, () => exporter(plan, { lang: 'zh' }))), bytes }
	}

	// The Word file as the server builds it: in a worker thread (docxInWorker.ts). The
	// first build includes starting the worker; the event loop's longest gap during a
	// warm build is what a live room would feel.
	const pool = new DocxWorkerPool()
	let worker: { coldMs: number; maxGapMs: number } | null = null
	try {
		const cold0 = performance.now()
		const bytes = (await pool.build(plan, { lang: 'zh' })).byteLength
		const coldMs = Math.round(performance.now() - cold0)
		results['docx:worker'] = { ...(await time(SLOW_RUNS, () => pool.build(plan, { lang: 'zh' }))), bytes }
		results['docx:clonePlan'] = await time(RUNS, () => structuredClone(plan))
		let maxGapMs = 0
		let last = performance.now()
		const ticker = setInterval(() => {
			const now = performance.now()
			maxGapMs = Math.max(maxGapMs, now - last)
			last = now
		}, 5)
		await pool.build(plan, { lang: 'zh' })
		clearInterval(ticker)
		worker = { coldMs, maxGapMs: Math.round(maxGapMs) }
	} finally {
		await pool.close()
	}

	const cards = plan.metrics.counts
	console.log('Niudai plan derivation and export benchmark')
	console.log(
		`  board: ${records.length} records — ${cards.needs + cards.resources + cards.actors + cards.projects} cards, ` +
			`${cards.matches} links (built in ${buildMs.toFixed(1)} ms); ${plan.warnings.length} warnings`,
	)
	console.log(
		`  ${'step'.padEnd(16)}${'median ms'.padStart(11)}${'min'.padStart(9)}${'max'.padStart(9)}${'runs'.padStart(6)}${'bytes'.padStart(11)}`,
	)
	for (const [k, v] of Object.entries(results)) {
		console.log(
			`  ${k.padEnd(16)}${v.median.toFixed(2).padStart(11)}${v.min.toFixed(2).padStart(9)}${v.max.toFixed(2).padStart(9)}${String(v.runs).padStart(6)}${(v.bytes === undefined ? '' : String(v.bytes)).padStart(11)}`,
		)
	}
	if (missing.length) console.log(`  not measured (exporter missing): ${missing.join(', ')}`)
	if (worker) {
		console.log(
			`  docx in the worker: first build (worker start included) ${worker.coldMs} ms; ` +
				`longest event-loop gap during a warm build ${worker.maxGapMs} ms`,
		)
	}
	console.log(
		`RESULT ${JSON.stringify({ records: records.length, cards: cards.needs + cards.resources + cards.actors + cards.projects, links: cards.matches, results, missing, worker })}`,
	)
}

await main()
