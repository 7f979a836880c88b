import type { Mechanism, Strategy } from '../domain/enums'
import type { ExampleActorKey } from './exampleActors'
import type { ExampleNeedKey } from './exampleNeeds'
import { EXAMPLE_PROJECTS, type ExampleProjectKey, exampleGovernmentFunding } from './exampleProjects'
import { EXAMPLE_RESOURCES, type ExampleResourceKey } from './exampleResources'
import type { LocalizedText } from './templateTypes'

/**
 * An allocation of the case: a resource moved to a project or straight to a need, by a
 * mechanism and one of its strategies (STRATEGIES in shared/domain/enums.ts), as the
 * article applies them: 行政借力 through channels into public authority (购买服务, 双报到,
 * 大党委, 报送区级部门, 研讨会发言); 社会机制 for everything given — company donations and
 * employee volunteers included — through 建立社区信任 / 彰显绩效 / 志愿手段; 市场机制 only for
 * purchase and paid sponsorship.
 */
export interface ExampleAllocation {
	resource: ExampleResourceKey
	to: { project: ExampleProjectKey } | { need: ExampleNeedKey }
	mechanism: Mechanism
	strategy: Strategy
	quantity: number
	unit: LocalizedText
	note?: LocalizedText
	/** True when the quantity is illustrative (the link's note says 示例数据). */
	illustrative?: boolean
}

const YUAN: LocalizedText = { zh: '元', en: 'yuan' }
const PEOPLE: LocalizedText = { zh: '人', en: 'people' }
const SITE: LocalizedText = { zh: '处', en: 'sites' }
const TIMES: LocalizedText = { zh: '次', en: 'times' }

/** Who provides what (主体 → 资源): every resource's provider. */
export const EXAMPLE_PROVIDES: readonly [ExampleActorKey, ExampleResourceKey][] = (
	Object.entries(EXAMPLE_RESOURCES) as [ExampleResourceKey, { provider: ExampleActorKey }][]
).map(([key, r]) => [r.provider, key])

/** Government money reaches each project through 购买服务, for the 政府购买 lines of its budget. */
const FUNDING: readonly ExampleAllocation[] = (
	Object.entries(EXAMPLE_PROJECTS) as [ExampleProjectKey, (typeof EXAMPLE_PROJECTS)[ExampleProjectKey]][]
).map(([key, p]) => ({
	resource: p.funds,
	to: { project: key },
	mechanism: 'administrative',
	strategy: 'purchaseService',
	quantity: exampleGovernmentFunding(p),
	unit: YUAN,
	illustrative: true,
}))

/** The allocations of the case other than government money (资源 → 项目 / 需求). */
const OTHER_ALLOCATIONS: readonly ExampleAllocation[] = [
	// 行政借力: channels into public authority.
	{
		resource: 'policy',
		to: { project: 'incubation' },
		mechanism: 'administrative',
		strategy: 'purchaseService',
		quantity: 1,
		unit: { zh: '套', en: 'set' },
		note: {
			zh: '政策要求培育品牌社会组织、规定政府购买服务，是孵化社区社会组织的依据。',
			en: 'The policies call for growing strong social organisations and set the rules for buying services: the basis for incubating community organisations.',
		},
	},
	{
		resource: 'reportChannel',
		to: { project: 'relay' },
		mechanism: 'administrative',
		strategy: 'reportUp',
		quantity: 2,
		unit: TIMES,
		illustrative: true,
	},
	{
		resource: 'reportChannel',
		to: { need: 'charging' },
		mechanism: 'administrative',
		strategy: 'reportUp',
		quantity: 1,
		unit: { zh: '件', en: 'request' },
		note: {
			zh: '设施需求不由项目直接解决，写入需求报告报送区、街道，处理结果反馈居民。',
			en: 'A facility need no project can meet by itself: it goes into the needs report to the district and sub-district, and the answer goes back to residents.',
		},
	},
	{
		resource: 'forum',
		to: { project: 'relay' },
		mechanism: 'administrative',
		strategy: 'forum',
		quantity: 1,
		unit: TIMES,
	},
	{
		resource: 'cloud',
		to: { project: 'relay' },
		mechanism: 'administrative',
		strategy: 'purchaseService',
		quantity: 1,
		unit: { zh: '个板块', en: 'section' },
		note: {
			zh: '作为购买服务的一部分，P机构接入C社区线上居民服务系统：居民需求经此进入项目。',
			en: 'As part of the purchased service, P joins C community’s online residents’ service system, through which needs reach the project.',
		},
	},
	{
		resource: 'gridInfo',
		to: { project: 'memory' },
		mechanism: 'administrative',
		strategy: 'purchaseService',
		quantity: 10,
		unit: PEOPLE,
		note: {
			zh: '在购买服务合作中，社区两委调配专职网格员参与科普平台。',
			en: 'Under the service-purchase cooperation the committees assign full-time grid workers to the platform.',
		},
		illustrative: true,
	},
	{
		resource: 'judges',
		to: { project: 'legal' },
		mechanism: 'administrative',
		strategy: 'purchaseService',
		quantity: 4,
		unit: PEOPLE,
		note: {
			zh: '借助法院购买服务建立的关系。',
			en: 'Through the relationship the court’s service purchase built.',
		},
		illustrative: true,
	},
	{
		resource: 'station',
		to: { project: 'classroom' },
		mechanism: 'administrative',
		strategy: 'purchaseService',
		quantity: 1,
		unit: SITE,
	},
	{
		resource: 'station',
		to: { project: 'haircut' },
		mechanism: 'administrative',
		strategy: 'purchaseService',
		quantity: 1,
		unit: SITE,
	},
	{
		resource: 'plaza',
		to: { project: 'festival' },
		mechanism: 'administrative',
		strategy: 'purchaseService',
		quantity: 1,
		unit: SITE,
	},
	{
		resource: 'office',
		to: { project: 'caoStudio' },
		mechanism: 'administrative',
		strategy: 'purchaseService',
		quantity: 1,
		unit: SITE,
	},
	{
		resource: 'dualVolunteers',
		to: { project: 'festival' },
		mechanism: 'administrative',
		strategy: 'dualReport',
		quantity: 3,
		unit: { zh: '家单位', en: 'units' },
	},
	{
		resource: 'bigPartySites',
		to: { project: 'legal' },
		mechanism: 'administrative',
		strategy: 'partyCommittee',
		quantity: 1,
		unit: SITE,
		note: { zh: '法治长廊', en: 'The rule-of-law gallery' },
	},
	{
		resource: 'bigPartySites',
		to: { project: 'classroom' },
		mechanism: 'administrative',
		strategy: 'partyCommittee',
		quantity: 1,
		unit: SITE,
		note: { zh: '社区图书室', en: 'The community library' },
	},

	// 社会机制: what is given — company donations and employee volunteers too.
	{
		resource: 'yyBooks',
		to: { project: 'classroom' },
		mechanism: 'social',
		strategy: 'trust',
		quantity: 300,
		unit: { zh: '册', en: 'books' },
		illustrative: true,
	},
	{
		resource: 'yyTutoring',
		to: { project: 'classroom' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 40,
		unit: { zh: '课时', en: 'lessons' },
		illustrative: true,
	},
	{
		resource: 'students',
		to: { project: 'classroom' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 8,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'zsFire',
		to: { project: 'redScarf' },
		mechanism: 'social',
		strategy: 'trust',
		quantity: 20,
		unit: { zh: '件', en: 'items' },
		illustrative: true,
	},
	{
		resource: 'zsSafety',
		to: { project: 'redScarf' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 2,
		unit: TIMES,
		illustrative: true,
	},
	{
		resource: 'wuyeHelp',
		to: { project: 'redScarf' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 10,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'ymVolunteers',
		to: { project: 'eyeCare' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 10,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'doctors',
		to: { project: 'eyeCare' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 6,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'hairdressers',
		to: { project: 'haircut' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 4,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'yanglaoHelp',
		to: { project: 'haircut' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 4,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'ymManagement',
		to: { project: 'incubation' },
		mechanism: 'social',
		strategy: 'performance',
		quantity: 2,
		unit: TIMES,
		illustrative: true,
	},
	{
		resource: 'pStaff',
		to: { project: 'incubation' },
		mechanism: 'social',
		strategy: 'trust',
		quantity: 2,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'partyMembers',
		to: { project: 'incubation' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 30,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'hongxinHours',
		to: { project: 'memory' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 200,
		unit: { zh: '小时', en: 'hours' },
		illustrative: true,
	},
	{
		resource: 'pVolunteers',
		to: { project: 'festival' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 15,
		unit: PEOPLE,
		illustrative: true,
	},
	{
		resource: 'wenyiShows',
		to: { project: 'festival' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 1,
		unit: { zh: '场', en: 'show' },
		illustrative: true,
	},
	{
		resource: 'craftSkills',
		to: { project: 'festival' },
		mechanism: 'social',
		strategy: 'trust',
		quantity: 5,
		unit: { zh: '项', en: 'crafts' },
	},
	{
		resource: 'kongzhuCoaching',
		to: { project: 'festival' },
		mechanism: 'social',
		strategy: 'volunteer',
		quantity: 1,
		unit: { zh: '场', en: 'session' },
		illustrative: true,
	},
	{
		resource: 'dispatchMembers',
		to: { project: 'festival' },
		mechanism: 'social',
		strategy: 'performance',
		quantity: 3,
		unit: { zh: '家', en: 'organisations' },
		note: { zh: '如花艺、摄影机构。', en: 'Flower arranging and photography, for instance.' },
		illustrative: true,
	},
	{
		resource: 'schoolClasses',
		to: { project: 'legal' },
		mechanism: 'social',
		strategy: 'trust',
		quantity: 10,
		unit: { zh: '课时', en: 'lessons' },
		illustrative: true,
	},

	// 市场机制: purchase and paid sponsorship only.
	{
		resource: 'merchantPurchase',
		to: { project: 'festival' },
		mechanism: 'market',
		strategy: 'purchase',
		quantity: 3,
		unit: { zh: '批', en: 'batches' },
		illustrative: true,
	},
	{
		resource: 'merchantSponsor',
		to: { project: 'festival' },
		mechanism: 'market',
		strategy: 'paidSponsorship',
		quantity: EXAMPLE_RESOURCES.merchantSponsor.quantity,
		unit: YUAN,
		illustrative: true,
	},
]

/** The allocations of the case (资源 → 项目 / 需求): government money first, then the rest. */
export const EXAMPLE_ALLOCATIONS: readonly ExampleAllocation[] = [...FUNDING, ...OTHER_ALLOCATIONS]

/** Which needs each project serves (项目 → 需求); every project serves at least one. */
export const EXAMPLE_SERVES: readonly [ExampleProjectKey, ExampleNeedKey][] = [
	['classroom', 'homework'],
	['incubation', 'participation'],
	['caoStudio', 'gridCapacity'],
	['relay', 'feedback'],
	['relay', 'charging'],
	['redScarf', 'wasteSafety'],
	['redScarf', 'participation'],
	['eyeCare', 'eyeElderly'],
	['eyeCare', 'eyeRiders'],
	['haircut', 'haircut'],
	['legal', 'legalMinors'],
	['legal', 'merchantLaw'],
	['memory', 'belonging'],
	['festival', 'culture'],
	['festival', 'belonging'],
]
