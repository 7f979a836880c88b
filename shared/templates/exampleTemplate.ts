import { budgetLine } from '../domain/cardDefaults'
import type { ActorProps, NeedProps, ProjectProps, ResourceProps } from '../domain/cardProps'
import { DISPATCH_STATUSES, SECTORS } from '../domain/enums'
import { EXAMPLE_ACTORS, type ExampleActor, type ExampleActorKey } from './exampleActors'
import { EXAMPLE_ALLOCATIONS, EXAMPLE_PROVIDES, EXAMPLE_SERVES } from './exampleLinks'
import { EXAMPLE_NEEDS, type ExampleNeed } from './exampleNeeds'
import { EXAMPLE_PROJECTS, type ExampleProject, type ExampleProjectKey } from './exampleProjects'
import { EXAMPLE_RESOURCES, type ExampleResource, type ExampleResourceKey } from './exampleResources'
import { buildFullCycleStages } from './fullCycleStages'
import { IDENTIFICATION_COLUMNS } from './identificationStage'
import { LANE_PAD } from './layoutConstants'
import { type CardHandle, TemplateBuilder } from './TemplateBuilder'
import type { BoardTemplate, LocalizedText, TemplateLang } from './templateTypes'

/** The entries of a record with literal keys, keys typed. */
function entriesOf<K extends string, V>(record: Record<K, V>): [K, V][] {
	return Object.entries(record) as [K, V][]
}

function actorName(key: ExampleActorKey, lang: TemplateLang): string {
	return EXAMPLE_ACTORS[key].title[lang]
}

function actorProps(a: ExampleActor, lang: TemplateLang): Partial<ActorProps> {
	return {
		title: a.title[lang],
		description: a.description[lang],
		sector: a.sector,
		actorKind: a.actorKind,
		roles: [...a.roles],
		influence: a.influence,
		interest: a.interest,
	}
}

function resourceProps(r: ExampleResource, lang: TemplateLang): Partial<ResourceProps> {
	return {
		title: r.title[lang],
		description: r.description[lang],
		sector: r.sector,
		resourceType: r.resourceType,
		provider: actorName(r.provider, lang),
		quantity: r.quantity,
		unit: r.unit[lang],
		availability: r.availability?.[lang] ?? '',
		location: lang === 'zh' ? 'C社区' : 'C community',
	}
}

function needProps(n: ExampleNeed, lang: TemplateLang): Partial<NeedProps> {
	return {
		title: n.title[lang],
		description: n.description[lang],
		category: n.category,
		targetGroup: n.targetGroup[lang],
		beneficiaries: n.beneficiaries,
		urgency: n.urgency,
		source: n.source,
		raisedBy: n.raisedBy ? actorName(n.raisedBy, lang) : '',
		location: lang === 'zh' ? 'C社区' : 'C community',
		status: n.status,
	}
}

function projectProps(p: ExampleProject, lang: TemplateLang): Partial<ProjectProps> {
	return {
		title: p.title[lang],
		description: p.description[lang],
		goal: p.goal[lang],
		targetGroup: p.targetGroup[lang],
		directBeneficiaries: p.directBeneficiaries,
		indirectBeneficiaries: p.indirectBeneficiaries,
		status: p.status,
		leadActor: actorName(p.lead, lang),
		partners: p.partners.map((k) => actorName(k, lang)),
		budget: p.budget.map((line) => budgetLine({ item: line.item[lang], amount: line.amount, source: line.source })),
		indicators: p.indicators.map((i) => ({
			baseline: null,
			name: i.name[lang],
			dimension: i.dimension,
			target: i.target,
			actual: i.actual,
			unit: i.unit[lang],
		})),
	}
}

/** Pairs each key with the card made for it (same order). */
function keyed<K extends string, C extends CardHandle>(keys: K[], cards: C[]): Map<K, C> {
	return new Map(keys.map((k, i) => [k, cards[i]]))
}

function must<K, V>(map: Map<K, V>, key: K): V {
	const value = map.get(key)
	if (value === undefined) throw new Error(`example: no card for "${String(key)}"`)
	return value
}

/** The 2022–2023 results, written on notes in 动态评估. */
const RESULT_NOTES: { dimension: 'efficiency' | 'effectiveness'; text: LocalizedText }[] = [
	{
		dimension: 'efficiency',
		text: {
			zh: '2022–2023 年项目资金约 150 万元',
			en: 'Project funds 2022–2023: about 1.5 million yuan',
		},
	},
	{
		dimension: 'efficiency',
		text: {
			zh: '政府购买服务约 70 万元（2019 年起）\n法院检察院购买服务约 46 万元',
			en: 'Government purchase: about 700,000 yuan (since 2019)\nCourt & procuratorate: about 460,000 yuan',
		},
	},
	{
		dimension: 'effectiveness',
		text: {
			zh: '2023 年：孵化社区社会组织 4 个，制定章程 4 份',
			en: '2023: 4 community organisations incubated, 4 charters written',
		},
	},
	{
		dimension: 'effectiveness',
		text: {
			zh: '2023 年：青少年骨干培训 25 场；调度中心成员单位 100 余家',
			en: '2023: 25 youth-leader training sessions; 100+ dispatch-centre members',
		},
	},
]

/** The size of a sticky note at scale 1. */
const NOTE_SIZE = 200

/**
 * C社区整合式合作示例: the full-cycle layout filled with the case of P and C community —
 * its actors, resources by sector, needs, projects by dispatch status, the results of
 * 2022–2023, and the arrows that match them.
 */
export const exampleTemplate: BoardTemplate = {
	id: 'example',
	zh: {
		name: 'C社区整合式合作示例',
		description:
			'真实案例：P社工机构在 C 社区整合政府、市场、社会资源，开展青阳课堂、义诊、爱心义剪等项目，并有 2022–2023 年成果。',
	},
	en: {
		name: 'Example: integrated cooperation in C community',
		description:
			'A real case: social work centre P brings together government, market and society resources in C community for weekend classes, free eye checks, haircuts and more, with the 2022–2023 results.',
	},
	build(ctx) {
		const b = new TemplateBuilder(ctx, 'example')
		const { lang } = ctx
		const frames = buildFullCycleStages(b)
		const { identification, utilization } = frames

		const needEntries = entriesOf(EXAMPLE_NEEDS)
		const needs = keyed(
			needEntries.map(([k]) => k),
			b.cardsInLane(
				identification.needs,
				'need',
				IDENTIFICATION_COLUMNS.need,
				needEntries.map(([, n]) => needProps(n, lang)),
			),
		)

		const resources = new Map<ExampleResourceKey, CardHandle<'resource'>>()
		for (const sector of SECTORS) {
			const entries = entriesOf(EXAMPLE_RESOURCES).filter(([, r]) => r.sector === sector.value)
			const cards = b.cardsInLane(
				identification.resources[sector.value],
				'resource',
				IDENTIFICATION_COLUMNS.resource,
				entries.map(([, r]) => resourceProps(r, lang)),
			)
			for (const [k, card] of keyed(
				entries.map(([k]) => k),
				cards,
			))
				resources.set(k, card)
		}

		const actorEntries = entriesOf(EXAMPLE_ACTORS)
		const actors = keyed(
			actorEntries.map(([k]) => k),
			b.cardsInLane(
				identification.actors,
				'actor',
				IDENTIFICATION_COLUMNS.actor,
				actorEntries.map(([, a]) => actorProps(a, lang)),
			),
		)

		const projects = new Map<ExampleProjectKey, CardHandle<'project'>>()
		for (const status of DISPATCH_STATUSES) {
			const entries = entriesOf(EXAMPLE_PROJECTS).filter(([, p]) => p.status === status.value)
			const cards = b.cardsInLane(
				utilization.statuses[status.value],
				'project',
				1,
				entries.map(([, p]) => projectProps(p, lang)),
			)
			for (const [k, card] of keyed(
				entries.map(([k]) => k),
				cards,
			))
				projects.set(k, card)
		}

		const notesPlaced = { efficiency: 0, effectiveness: 0 }
		for (const note of RESULT_NOTES) {
			const area = utilization.dimensions[note.dimension].box
			const i = notesPlaced[note.dimension]++
			b.note({
				at: { x: area.x + LANE_PAD + i * (NOTE_SIZE + LANE_PAD), y: area.y + LANE_PAD },
				text: note.text,
				color: note.dimension === 'efficiency' ? 'light-blue' : 'light-green',
			})
		}

		for (const [actor, resource] of EXAMPLE_PROVIDES) {
			b.link(must(actors, actor), must(resources, resource))
		}
		for (const a of EXAMPLE_ALLOCATIONS) {
			const to = 'project' in a.to ? must(projects, a.to.project) : must(needs, a.to.need)
			b.link(must(resources, a.resource), to, {
				mechanism: a.mechanism,
				quantity: a.quantity ?? null,
				unit: a.unit?.[lang] ?? '',
			})
		}
		for (const [project, need] of EXAMPLE_SERVES) {
			b.link(must(projects, project), must(needs, need))
		}
		return b.records()
	},
}
