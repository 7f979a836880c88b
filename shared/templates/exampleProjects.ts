import type { BudgetSource, DispatchStatus, IndicatorDimension } from '../domain/enums'
import type { ExampleActorKey } from './exampleActors'
import type { LocalizedText } from './templateTypes'

/** One budget line of a project of the case. */
export interface ExampleBudgetLine {
	item: LocalizedText
	amount: number | null
	source: BudgetSource
}

/** One indicator of a project of the case. */
export interface ExampleIndicator {
	name: LocalizedText
	dimension: IndicatorDimension
	target: number | null
	actual: number | null
	unit: LocalizedText
}

/** One project (项目) of the case. */
export interface ExampleProject {
	title: LocalizedText
	goal: LocalizedText
	description: LocalizedText
	targetGroup: LocalizedText
	status: DispatchStatus
	lead: ExampleActorKey
	partners: ExampleActorKey[]
	directBeneficiaries: number | null
	indirectBeneficiaries: number | null
	budget: ExampleBudgetLine[]
	indicators: ExampleIndicator[]
}

const ELDERLY: LocalizedText = { zh: '老年人', en: 'Elderly' }
const YOUTH: LocalizedText = { zh: '青少年', en: 'Youth' }
const ALL: LocalizedText = { zh: '全体居民', en: 'All residents' }
const NONE: LocalizedText = { zh: '', en: '' }

/** The projects of the case, in the order they are laid out in their status lane. */
export const EXAMPLE_PROJECTS = {
	dispatch: {
		title: { zh: '活动调度中心', en: 'Activity dispatch centre' },
		goal: {
			zh: '调度中心发布项目 → 社区申请 → 社工统筹 → 多方执行，让供需精准匹配。',
			en: 'The centre publishes projects → communities apply → social workers coordinate → several parties execute, so supply meets demand.',
		},
		description: {
			zh: '100 余家成员单位：插花、摄影、家政、家庭教育、法律等。',
			en: '100+ member organisations: flower arranging, photography, housekeeping, family education, law.',
		},
		targetGroup: ALL,
		status: 'executing',
		lead: 'p',
		partners: ['street', 'committee'],
		directBeneficiaries: null,
		indirectBeneficiaries: 20000,
		budget: [
			{
				item: { zh: '政府购买社工服务', en: 'Government-purchased social work' },
				amount: 700000,
				source: 'govPurchase',
			},
		],
		indicators: [
			{
				name: { zh: '成员单位', en: 'Member organisations' },
				dimension: 'effectiveness',
				target: 100,
				actual: 100,
				unit: { zh: '家', en: 'organisations' },
			},
			{
				name: { zh: '2022–2023 年项目资金', en: 'Project funds 2022–2023' },
				dimension: 'efficiency',
				target: null,
				actual: 1500000,
				unit: { zh: '元', en: 'yuan' },
			},
		],
	},
	classroom: {
		title: { zh: '青阳课堂', en: 'Qingyang Classroom' },
		goal: { zh: '周末为青少年提供课业辅导。', en: 'Weekend homework help for youths.' },
		description: {
			zh: '大学生志愿者与企业线上辅导结合，在文明实践站开课。',
			en: 'Student volunteers and online tutoring from a company, held at the civilisation practice station.',
		},
		targetGroup: YOUTH,
		status: 'executing',
		lead: 'p',
		partners: ['yy', 'qu', 'committee'],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [],
	},
	haircut: {
		title: { zh: '爱心义剪', en: 'Free haircuts' },
		goal: { zh: '为老年人义务理发。', en: 'Free haircuts for older residents.' },
		description: { zh: '美发美容行业协会会员定期上门。', en: 'Association members come regularly.' },
		targetGroup: ELDERLY,
		status: 'executing',
		lead: 'p',
		partners: ['salon', 'yanglao'],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [],
	},
	redScarf: {
		title: { zh: '青阳红领巾', en: 'Qingyang Red Scarves' },
		goal: {
			zh: '组建青少年志愿服务队，开展垃圾分类和安全教育。',
			en: 'A youth volunteer team for waste sorting and safety education.',
		},
		description: { zh: '服务对象转为志愿者。', en: 'Service recipients become volunteers.' },
		targetGroup: YOUTH,
		status: 'executing',
		lead: 'p',
		partners: ['zs', 'ym', 'hongxin'],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [
			{
				name: { zh: '青少年骨干培训', en: 'Youth-leader training sessions' },
				dimension: 'effectiveness',
				target: 25,
				actual: 25,
				unit: { zh: '场', en: 'sessions' },
			},
		],
	},
	memory: {
		title: { zh: '那年那事那物件', en: 'Those years, those stories, those things' },
		goal: { zh: '搭建社区记忆平台，增强归属感。', en: 'A community memory platform that builds belonging.' },
		description: { zh: '征集老物件和老故事。', en: 'Collects old objects and stories.' },
		targetGroup: ALL,
		status: 'coordinating',
		lead: 'p',
		partners: ['committee', 'wenyi'],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [],
	},
	caoStudio: {
		title: { zh: '老曹工作室', en: 'Lao Cao Studio' },
		goal: { zh: '培训网格员，提升走访与服务能力。', en: 'Trains grid workers in visiting and service skills.' },
		description: NONE,
		targetGroup: { zh: '网格员', en: 'Grid workers' },
		status: 'coordinating',
		lead: 'p',
		partners: ['committee', 'street'],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [],
	},
	crafts: {
		title: { zh: '非遗手作课堂', en: 'Traditional crafts classes' },
		goal: {
			zh: '空竹、糖画、剪纸、木版年画、木旋玩具进社区。',
			en: 'Diabolo, sugar painting, paper cutting, woodblock prints and wooden toys come to the community.',
		},
		description: NONE,
		targetGroup: ALL,
		status: 'applied',
		lead: 'committee',
		partners: ['crafts', 'kongzhu', 'p'],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [],
	},
	familyEducation: {
		title: { zh: '家庭教育讲座', en: 'Family-education talks' },
		goal: { zh: '由调度中心成员单位开展家庭教育讲座。', en: 'Talks on family education by dispatch-centre members.' },
		description: NONE,
		targetGroup: { zh: '家长', en: 'Parents' },
		status: 'published',
		lead: 'p',
		partners: [],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [],
	},
	eyeCare: {
		title: { zh: '义诊', en: 'Free eye checks' },
		goal: {
			zh: '为老年人和外卖骑手等新就业群体免费检查眼睛。',
			en: 'Free eye checks for older residents, delivery riders and other new-economy workers.',
		},
		description: NONE,
		targetGroup: { zh: '老年人、新就业群体', en: 'Elderly, new-economy workers' },
		status: 'closed',
		lead: 'p',
		partners: ['aier', 'committee'],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [],
	},
	legal: {
		title: { zh: '未成年人法治教育', en: 'Legal education for minors' },
		goal: {
			zh: '在学校和社区开展未成年人法治教育。',
			en: 'Legal education for minors at school and in the community.',
		},
		description: { zh: '2022–2023 年法院、检察院购买服务。', en: 'Bought by the court and procuratorate, 2022–2023.' },
		targetGroup: YOUTH,
		status: 'closed',
		lead: 'p',
		partners: ['court', 'school'],
		directBeneficiaries: 6000,
		indirectBeneficiaries: null,
		budget: [
			{
				item: { zh: '法院检察院购买服务', en: 'Court & procuratorate purchase' },
				amount: 460000,
				source: 'govPurchase',
			},
		],
		indicators: [],
	},
	incubation: {
		title: { zh: '社区社会组织培育', en: 'Incubating community organisations' },
		goal: {
			zh: '激活居民主体意识，培育能长期运作的社区社会组织。',
			en: 'Wake residents’ sense of ownership and incubate community organisations that last.',
		},
		description: { zh: '2023 年成果。', en: 'Results of 2023.' },
		targetGroup: ALL,
		status: 'closed',
		lead: 'p',
		partners: ['committee', 'party'],
		directBeneficiaries: null,
		indirectBeneficiaries: null,
		budget: [],
		indicators: [
			{
				name: { zh: '孵化社区社会组织', en: 'Community organisations incubated' },
				dimension: 'effectiveness',
				target: 4,
				actual: 4,
				unit: { zh: '个', en: 'organisations' },
			},
			{
				name: { zh: '制定组织章程', en: 'Charters written' },
				dimension: 'effectiveness',
				target: 4,
				actual: 4,
				unit: { zh: '份', en: 'charters' },
			},
		],
	},
} satisfies Record<string, ExampleProject>

/** The key of a project of the case. */
export type ExampleProjectKey = keyof typeof EXAMPLE_PROJECTS
