/**
 * Plan derivation and export benchmark (figures, not a test): a synthetic board of
 * 1,000 cards and 1,500 links, built in memory as plain records. Times `derivePlan`
 * (median of 20 runs), the Markdown plan and each csv list, and the Word / Excel
 * exporters when they exist. Prints a table and a `RESULT {json}` line.
 *
 *   npx tsx bench/plan.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BudgetSource, DispatchStatus, Mechanism, Sector, Urgency } from '../shared/domain/enums'
import { LIST_NAMES } from '../shared/export/listColumns'
import { listToCsv } from '../shared/export/listsToCsv'
import { planToMarkdown } from '../shared/export/planToMarkdown'
import { derivePlan } from '../shared/plan/derivePlan'
import { cardRecord, linkRecords } from '../shared/plan/planTestRecords'
import type { Plan } from '../shared/plan/planTypes'
import { mulberry32 } from '../shared/random/mulberry32'
import type { PlainRecord } from '../shared/ydocLayout'

const CARDS = { need: 300, resource: 300, actor: 150, project: 250 }
const LINKS = { resourceToNeed: 400, resourceToProject: 200, serves: 500, provides: 400 }
const RUNS = 20
const SLOW_RUNS = 5

function pickOf<T>(random: () => number, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)]
}

function buildBoard(): PlainRecord[] {
	const random = mulberry32(42)
	const urgencies: Urgency[] = ['high', 'medium', 'low']
	const sectors: Sector[] = ['government', 'market', 'society']
	const statuses: DispatchStatus[] = ['published', 'applied', 'coordinating', 'executing', 'closed']
	const mechanisms: Mechanism[] = ['administrative', 'social', 'market']
	const sources: BudgetSource[] = ['govPurchase', 'selfRaised', 'enterprise', 'donation']
	const actors = Array.from({ length: CARDS.actor }, (_, i) =>
		cardRecord('actor', `a${i}`, {
			title: `主体${i}`,
			sector: pickOf(random, sectors),
			roles: ['executor'],
			contact: `1380000${i}`,
		}),
	)
	const needs = Array.from({ length: CARDS.need }, (_, i) =>
		cardRecord('need', `n${i}`, {
			title: `需求${i}`,
			urgency: pickOf(random, urgencies),
			votes: Math.floor(random() * 20),
			beneficiaries: Math.floor(random() * 500),
			description: `需求说明 ${i}：居民反映的问题，需要多方协作解决。`,
		}),
	)
	const resources = Array.from({ length: CARDS.resource }, (_, i) =>
		cardRecord('resource', `r${i}`, {
			title: `资源${i}`,
			sector: pickOf(random, sectors),
			provider: `主体${i % CARDS.actor}`,
			quantity: Math.floor(random() * 1000),
			unit: '人',
			contact: `021-${i}`,
		}),
	)
	const projects = Array.from({ length: CARDS.project }, (_, i) =>
		cardRecord('project', `p${i}`, {
			title: `项目${i}`,
			status: pickOf(random, statuses),
			leadActor: `主体${i % CARDS.actor}`,
			partners: [`主体${(i + 1) % CARDS.actor}`, `主体${(i + 2) % CARDS.actor}`],
			goal: `项目${i}的目标：提升社区服务供给的精准度。`,
			directBeneficiaries: Math.floor(random() * 1000),
			indirectBeneficiaries: Math.floor(random() * 5000),
			activities: [1, 2, 3].map((m) => ({
				date: `2024-0${m}-01`,
				content: `第${m}期活动`,
				owner: `主体${i % CARDS.actor}`,
			})),
			budget: [1, 2].map((k) => ({
				item: `支出${k}`,
				amount: Math.floor(random() * 100_000),
				source: pickOf(random, sources),
			})),
			indicators: [
				{
					name: '志愿服务时长',
					dimension: 'efficiency',
					target: 500,
					actual: Math.floor(random() * 600),
					unit: '小时',
				},
				{
					name: '居民参与人次',
					dimension: 'effectiveness',
					target: 300,
					actual: Math.floor(random() * 400),
					unit: '人次',
				},
				{
					name: '居民满意度',
					dimension: 'effectiveness',
					target: 90,
					actual: 80 + Math.floor(random() * 20),
					unit: '%',
				},
			],
			risks: '天气原因导致活动延期：准备室内备用场地。',
		}),
	)
	const links: PlainRecord[] = []
	let n = 0
	const add = (from: PlainRecord & { type: string }, to: PlainRecord & { type: string }, allocation: boolean) => {
		links.push(
			...linkRecords(`l${n++}`, from, to, {
				meta: allocation
					? { mechanism: pickOf(random, mechanisms), quantity: Math.floor(random() * 100), unit: '人' }
					: {},
			}),
		)
	}
	for (let i = 0; i < LINKS.resourceToNeed; i++) add(pickOf(random, resources), pickOf(random, needs), true)
	for (let i = 0; i < LINKS.resourceToProject; i++) add(pickOf(random, resources), pickOf(random, projects), true)
	for (let i = 0; i < LINKS.serves; i++) add(pickOf(random, projects), pickOf(random, needs), false)
	for (let i = 0; i < LINKS.provides; i++) add(pickOf(random, actors), pickOf(random, resources), false)
	return [...needs, ...resources, ...actors, ...projects, ...links]
}

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
	console.log(
		`RESULT ${JSON.stringify({ records: records.length, cards: cards.needs + cards.resources + cards.actors + cards.projects, links: cards.matches, results, missing })}`,
	)
}

await main()
