import { budgetLine, projectActivity, projectIndicator } from '../domain/cardDefaults'
import { CARD_FIELDS, type FieldDescriptor } from '../domain/cardFields'
import type { ActorProps, CardKind, NeedProps, ProjectProps, ResourceProps } from '../domain/cardProps'
import { DISPATCH_STATUSES, type Mechanism, SECTORS } from '../domain/enums'
import { EXAMPLE_ACTORS, type ExampleActor, type ExampleActorKey } from './exampleActors'
import { exampleLayoutOrder } from './exampleLayoutOrder'
import { EXAMPLE_ALLOCATIONS, EXAMPLE_PROVIDES, EXAMPLE_SERVES } from './exampleLinks'
import { EXAMPLE_NEEDS, type ExampleNeed } from './exampleNeeds'
import {
	EXAMPLE_VOLUNTEER_HOUR_VALUE,
	exampleFundsTotal,
	examplePlanInfo,
	exampleVolunteerHours,
} from './examplePlanInfo'
import { EXAMPLE_PROJECTS, type ExampleProject, type ExampleProjectKey, exampleLineAmount } from './exampleProjects'
import { EXAMPLE_RESOURCES, type ExampleResource, type ExampleResourceKey } from './exampleResources'
import { buildFullCycleStages } from './fullCycleStages'
import { IDENTIFICATION_COLUMNS } from './identificationStage'
import { LANE_PAD } from './layoutConstants'
import { type Box, type CardHandle, NOTE_SIZE, TemplateBuilder } from './TemplateBuilder'
import type { BoardTemplate, LocalizedText, TemplateLang } from './templateTypes'

/** The entries of a record with literal keys, keys typed. */
function entriesOf<K extends string, V>(record: Record<K, V>): [K, V][] {
	return Object.entries(record) as [K, V][]
}

function actorName(key: ExampleActorKey, lang: TemplateLang): string {
	return EXAMPLE_ACTORS[key].title[lang]
}

/** How a list of illustrative fields is introduced on a card. */
const ILLUSTRATIVE: LocalizedText = { zh: '示例数据', en: 'Illustrative figures' }

/** Labels that say more than the field's own label when listed as illustrative. */
const ILLUSTRATIVE_LABELS: Partial<Record<string, LocalizedText>> = {
	indicators: { zh: '评估指标的目标值', en: 'indicator targets' },
	indicatorBaselines: { zh: '评估指标的基线和目标值', en: 'indicator baselines and targets' },
}

/**
 * A project's illustrative fields as listed on its card: `indicators` becomes
 * `indicatorBaselines` when any baseline is an estimate rather than a figure of the article.
 */
function projectIllustrative(p: ExampleProject): string[] {
	const estimated = p.indicators.some((i) => i.baseline !== null && !i.baselineFromArticle)
	return p.illustrative.map((key) => (key === 'indicators' && estimated ? 'indicatorBaselines' : key))
}

/**
 * `description` followed by the line that lists the card's illustrative fields by their
 * labels (示例数据：受益人数、紧迫程度), so a reader of the card — and of every export that
 * carries the description — knows which figures are not from the source.
 */
function describeCard(
	kind: CardKind,
	description: LocalizedText,
	fields: readonly string[],
	lang: TemplateLang,
): string {
	if (fields.length === 0) return description[lang]
	const descriptors: readonly FieldDescriptor[] = CARD_FIELDS[kind]
	const labels = fields.map((key) => {
		const label = ILLUSTRATIVE_LABELS[key] ?? descriptors.find((f) => f.key === key)
		return label ? (lang === 'zh' ? label.zh : label.en.toLowerCase()) : key
	})
	return lang === 'zh'
		? `${description.zh}\n${ILLUSTRATIVE.zh}：${labels.join('、')}。`
		: `${description.en}\n${ILLUSTRATIVE.en}: ${labels.join(', ')}.`
}

function actorProps(a: ExampleActor, lang: TemplateLang): Partial<ActorProps> {
	return {
		title: a.title[lang],
		description: describeCard('actor', a.description, a.illustrative, lang),
		sector: a.sector,
		actorKind: a.actorKind,
		roles: [...a.roles],
		influence: a.influence,
		interest: a.interest,
	}
}

function resourceProps(key: ExampleResourceKey, r: ExampleResource, lang: TemplateLang): Partial<ResourceProps> {
	const funds = key === 'streetFunds' || key === 'courtFunds' ? exampleFundsTotal(key) : null
	return {
		title: r.title[lang],
		description: describeCard('resource', r.description, r.illustrative, lang),
		sector: r.sector,
		resourceType: r.resourceType,
		provider: actorName(r.provider, lang),
		quantity: funds ?? r.quantity,
		unit: r.unit[lang],
		availability: r.availability?.[lang] ?? '',
		location: r.location?.[lang] ?? '',
	}
}

function needProps(n: ExampleNeed, lang: TemplateLang): Partial<NeedProps> {
	return {
		title: n.title[lang],
		description: describeCard('need', n.description, n.illustrative, lang),
		category: n.category,
		targetGroup: n.targetGroup[lang],
		beneficiaries: n.beneficiaries,
		urgency: n.urgency,
		source: n.source,
		raisedBy: n.raisedBy ? actorName(n.raisedBy, lang) : '',
		location: (n.location ?? { zh: 'C社区', en: 'C community' })[lang],
		status: n.status,
	}
}

function projectProps(p: ExampleProject, lang: TemplateLang): Partial<ProjectProps> {
	return {
		title: p.title[lang],
		description: describeCard('project', p.description, projectIllustrative(p), lang),
		goal: p.goal[lang],
		targetGroup: p.targetGroup[lang],
		directBeneficiaries: p.directBeneficiaries,
		indirectBeneficiaries: p.indirectBeneficiaries,
		status: p.status,
		leadActor: actorName(p.lead, lang),
		partners: p.partners.map((k) => actorName(k, lang)),
		startDate: p.startDate,
		endDate: p.endDate,
		activities: p.activities.map((a) =>
			projectActivity({
				date: a.date,
				content: a.content[lang],
				place: a.place[lang],
				owner: actorName(a.owner, lang),
				participants: a.participants[lang],
			}),
		),
		budget: p.budget.map((line) =>
			budgetLine({
				category: line.category,
				item: line.item[lang],
				quantity: line.quantity,
				unit: line.unit[lang],
				unitPrice: line.unitPrice,
				amount: exampleLineAmount(line),
				source: line.source,
				form: line.form,
			}),
		),
		indicators: p.indicators.map((i) =>
			projectIndicator({
				name: i.name[lang],
				dimension: i.dimension,
				baseline: i.baseline,
				target: i.target,
				actual: null,
				unit: i.unit[lang],
			}),
		),
		risks: p.risks.map((r) => ({ risk: r.risk[lang], response: r.response[lang] })),
		publisher: actorName('dispatch', lang),
		applicant: actorName('committee', lang),
		coordinator: actorName('p', lang),
		executor: actorName(p.executor, lang),
		dispatchTrail: p.dispatchTrail.map((s) => ({
			stage: s.stage,
			date: s.date,
			by: actorName(s.by, lang),
			note: s.note[lang],
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

function yuan(value: number, lang: TemplateLang): string {
	return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')
}

/** The notes written over the board: its background, and how to read it. */
function backgroundNotes(): LocalizedText[] {
	return [
		{
			zh: '项目背景：P机构入驻C社区初期照搬另一社区的党团共建模式，居民反响平平，项目一度难以推进；此后深入调研、与社区领导座谈，把项目定位为“社区营造”：居民共享、社区共融、组织共建。',
			en: 'Background: when P came to C community it copied the Party–Youth League model of another community; residents were lukewarm and the project nearly stalled. After fieldwork and talks with the community’s leaders it became “community building”: shared by residents, one community, organisations built together.',
		},
		{
			zh: '活动调度中心不是一个项目，而是每个项目走的流程：调度中心发布 → C社区申请 → P机构统筹 → 多方执行 → 结项 → 回访。见各项目卡片的发布方、申请方、统筹方、执行方和调度记录。',
			en: 'The activity dispatch centre is not a project but the path every project takes: the centre publishes → C community applies → P coordinates → several parties carry it out → closed → follow-up. See each project card’s roles and dispatch trail.',
		},
		{
			zh: '示例数据：卡片说明末尾“示例数据”后列出的字段是示意数字，其余事实来自案例。计划书信息中的项目周期、申请金额、目标和志愿服务折算也是示例。',
			en: 'Illustrative figures: the fields a card’s description lists after “Illustrative figures” are made up for the example; every other fact comes from the case. The plan’s period, amount requested, targets and the value of a volunteer hour are examples too.',
		},
	]
}

/** One note per allocation lane: the mechanism as the article applies it. */
const MECHANISM_NOTES: Record<Mechanism, LocalizedText> = {
	administrative: {
		zh: '行政借力＝进入公共权力的渠道：购买服务（项目计划书报送L区、街道），“双报到”单位和社区“大党委”，在Q市社会工作研讨会上发言，把政府的处理结果反馈给居民。不是“政府给的都算”。',
		en: 'Administrative leverage = channels into public authority: service purchase (plans sent to L District and the sub-district), dual-reporting units and the joint Party committee, speaking at Q City’s social-work forum, and bringing the government’s answers back to residents. Not “whatever the government gives”.',
	},
	social: {
		zh: '社会机制：企业捐赠的图书、消防器材，企业员工志愿者和线上辅导，社会组织、传承人和居民志愿队伍的服务——策略：建立社区信任、彰显绩效、志愿手段。',
		en: 'Social mechanism: companies’ donated books and fire equipment, their employee volunteers and online tutoring, the work of organisations, craftspeople and residents’ teams — by building community trust, showing results and volunteering.',
	},
	market: {
		zh: '市场机制只用于采购和有偿赞助：向社区商户采购节庆物资，商户赞助节庆活动并获得展示。捐赠不是市场机制。',
		en: 'Market mechanism is for purchase and paid sponsorship only: holiday supplies bought from merchants, merchants sponsoring events in return for being shown. A donation is not a market mechanism.',
	},
}

/** The notes of 动态评估: history that is never added to this budget, the baselines, and the plan's totals. */
function evaluationNotes(): { dimension: 'efficiency' | 'effectiveness'; text: LocalizedText }[] {
	const street = exampleFundsTotal('streetFunds')
	const court = exampleFundsTotal('courtFunds')
	const hours = exampleVolunteerHours()
	return [
		{
			dimension: 'efficiency',
			text: {
				zh: '历年数（不计入本期预算）：P机构2019年入驻C社区以来累计获政府资金近70万元；2022—2023年度机构项目资金近150万元（全机构，含L区法院、检察院购买约46万元）。',
				en: 'Earlier years (not in this budget): close to 700,000 yuan of government funds for C community since 2019; nearly 1.5 million yuan of project funds for all of P’s work in 2022–2023, about 460,000 of it from the L District court and procuratorate.',
			},
		},
		{
			dimension: 'efficiency',
			text: {
				zh: `本期（2027年）政府购买：街道${yuan(street, 'zh')}元，法院、检察院${yuan(court, 'zh')}元；志愿服务${yuan(hours, 'zh')}小时，一般按每小时${EXAMPLE_VOLUNTEER_HOUR_VALUE}元折算（示例数据）。`,
				en: `This period (2027), government purchase: sub-district ${yuan(street, 'en')} yuan, court and procuratorate ${yuan(court, 'en')} yuan; ${yuan(hours, 'en')} volunteer hours, most valued at ${EXAMPLE_VOLUNTEER_HOUR_VALUE} yuan an hour (illustrative).`,
			},
		},
		{
			dimension: 'effectiveness',
			text: {
				zh: '基线（2023年度）：孵化培育社区社会组织4家，完善章程文本4份，开展社区青年骨干赋能课堂25场次。其余项目的基线是计划开始前的情况估计（示例数据）。',
				en: 'Baseline (2023): 4 community organisations incubated, 4 charters completed, 25 sessions of the young community leaders’ training. The other projects’ baselines estimate the situation before the plan (illustrative).',
			},
		},
		{
			dimension: 'effectiveness',
			text: {
				zh: '目标（2027年，示例数据）：新孵化5家、完善章程5份、赋能课堂30场次；居民从服务对象转为志愿者和组织者。',
				en: 'Targets (2027, illustrative): 5 new organisations, 5 charters, 30 training sessions; residents turn from service users into volunteers and organisers.',
			},
		},
	]
}

/** Lays `texts` out as notes left to right in `area` from its top-left, wrapping to new rows. */
function notesIn(
	b: TemplateBuilder,
	area: Box,
	texts: LocalizedText[],
	color: 'yellow' | 'light-blue' | 'light-green' | 'orange',
): void {
	let x = area.x + LANE_PAD
	let y = area.y + LANE_PAD
	let rowH = 0
	for (const text of texts) {
		if (x + NOTE_SIZE > area.x + area.w - LANE_PAD) {
			x = area.x + LANE_PAD
			y += rowH + LANE_PAD
			rowH = 0
		}
		const note = b.note({ at: { x, y }, text, color })
		rowH = Math.max(rowH, note.box.h)
		x += NOTE_SIZE + LANE_PAD
	}
}

/**
 * C社区整合式合作示例: the plan P could submit for C community's 社区营造 project in 2027,
 * faithful to the case study — its actors, resources by sector, needs, projects by
 * dispatch status with activities, budgets, risks, indicators (2023 results as baselines)
 * and dispatch trails, the allocations by mechanism and strategy, and the board's
 * 计划书信息. Figures the article does not give are marked on each card as 示例数据.
 */
export const exampleTemplate: BoardTemplate = {
	id: 'example',
	zh: {
		name: 'C社区整合式合作示例',
		description:
			'案例改编的项目计划：P机构在C社区的“社区营造”项目（居民共享、社区共融、组织共建），含10个项目的活动、预算、风险、指标和调度记录；文章未给出的数字标为示例数据。',
	},
	en: {
		name: 'Example: integrated cooperation in C community',
		description:
			'A plan built on the case study: social work centre P’s community-building project in C community (shared by residents, one community, organisations built together), with 10 projects’ activities, budgets, risks, indicators and dispatch trails; figures the article does not give are marked as illustrative.',
	},
	build(ctx) {
		const b = new TemplateBuilder(ctx, 'example')
		const { lang } = ctx
		b.setPlanInfo(examplePlanInfo(lang))
		const frames = buildFullCycleStages(b)
		const { identification, allocation, utilization } = frames
		const order = exampleLayoutOrder()
		const inOrder = <K extends string, V>(keys: readonly K[], record: Record<K, V>): [K, V][] =>
			keys.map((k) => [k, record[k]])

		const needEntries = inOrder(order.needs, EXAMPLE_NEEDS)
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
			const entries = inOrder(order.resources, EXAMPLE_RESOURCES).filter(([, r]) => r.sector === sector.value)
			const cards = b.cardsInLane(
				identification.resources[sector.value],
				'resource',
				IDENTIFICATION_COLUMNS.resource,
				entries.map(([k, r]) => resourceProps(k, r, lang)),
			)
			for (const [k, card] of keyed(
				entries.map(([k]) => k),
				cards,
			))
				resources.set(k, card)
		}

		const actorEntries = inOrder(order.actors, EXAMPLE_ACTORS)
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
			const entries = inOrder(order.projects, EXAMPLE_PROJECTS).filter(([, p]) => p.status === status.value)
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

		// Notes: the background above 资源识别, each mechanism in its lane, the figures in 动态评估.
		const background = backgroundNotes()
		notesIn(
			b,
			{ x: identification.stage.box.x, y: -(NOTE_SIZE + 320), w: identification.stage.box.w, h: NOTE_SIZE + 320 },
			background,
			'yellow',
		)
		for (const [mechanism, text] of entriesOf(MECHANISM_NOTES)) {
			notesIn(b, allocation.mechanisms[mechanism].box, [text], 'orange')
		}
		for (const dimension of ['efficiency', 'effectiveness'] as const) {
			notesIn(
				b,
				utilization.dimensions[dimension].box,
				evaluationNotes()
					.filter((n) => n.dimension === dimension)
					.map((n) => n.text),
				dimension === 'efficiency' ? 'light-blue' : 'light-green',
			)
		}

		for (const [actor, resource] of EXAMPLE_PROVIDES) {
			b.link(must(actors, actor), must(resources, resource))
		}
		const illustrativeQuantity: LocalizedText = { zh: '示例数据：数量', en: 'Illustrative: quantity' }
		for (const a of EXAMPLE_ALLOCATIONS) {
			const to = 'project' in a.to ? must(projects, a.to.project) : must(needs, a.to.need)
			const note = [a.note?.[lang], a.illustrative ? illustrativeQuantity[lang] : undefined]
				.filter((s): s is string => !!s)
				.join(lang === 'zh' ? '' : ' ')
			b.link(must(resources, a.resource), to, {
				mechanism: a.mechanism,
				strategy: a.strategy,
				quantity: a.quantity,
				unit: a.unit[lang],
				note,
			})
		}
		for (const [project, need] of EXAMPLE_SERVES) {
			b.link(must(projects, project), must(needs, need))
		}
		return b.records()
	},
}
