/** A synthetic board for benchmarks: 1,000 cards and 1,500 typed links. */

import { budgetLine, projectActivity } from '../shared/domain/cardDefaults'
import type { BudgetSource, DispatchStatus, Mechanism, Sector, Urgency } from '../shared/domain/enums'
import { cardRecord, linkRecords } from '../shared/plan/planTestRecords'
import { mulberry32 } from '../shared/random/mulberry32'
import type { PlainRecord } from '../shared/ydocLayout'

/** Cards per kind. */
export const CARDS = { need: 300, resource: 300, actor: 150, project: 250 }
/** Links per kind. */
export const LINKS = { resourceToNeed: 400, resourceToProject: 200, serves: 500, provides: 400 }

function pickOf<T>(random: () => number, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)]
}

/** The synthetic board: 1,000 cards and 1,500 links as plain records, the same on every run (seed 42). */
export function buildBoard(): PlainRecord[] {
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
			activities: [1, 2, 3].map((m) =>
				projectActivity({ date: `2024-0${m}-01`, content: `第${m}期活动`, owner: `主体${i % CARDS.actor}` }),
			),
			budget: [1, 2].map((k) =>
				budgetLine({ item: `支出${k}`, amount: Math.floor(random() * 100_000), source: pickOf(random, sources) }),
			),
			indicators: [
				{
					baseline: null,
					name: '志愿服务时长',
					dimension: 'efficiency',
					target: 500,
					actual: Math.floor(random() * 600),
					unit: '小时',
				},
				{
					baseline: null,
					name: '居民参与人次',
					dimension: 'effectiveness',
					target: 300,
					actual: Math.floor(random() * 400),
					unit: '人次',
				},
				{
					baseline: null,
					name: '居民满意度',
					dimension: 'effectiveness',
					target: 90,
					actual: 80 + Math.floor(random() * 20),
					unit: '%',
				},
			],
			risks: [{ risk: '天气原因导致活动延期', response: '准备室内备用场地' }],
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
