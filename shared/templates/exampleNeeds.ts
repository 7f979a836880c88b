import type { NeedCategory, NeedSource, NeedStatus, Urgency } from '../domain/enums'
import type { ExampleActorKey } from './exampleActors'
import type { LocalizedText } from './templateTypes'

/** One need (需求) of the C community case. */
export interface ExampleNeed {
	title: LocalizedText
	description: LocalizedText
	category: NeedCategory
	targetGroup: LocalizedText
	beneficiaries: number | null
	urgency: Urgency
	source: NeedSource
	raisedBy: ExampleActorKey | null
	status: NeedStatus
}

const ELDERLY: LocalizedText = { zh: '老年人', en: 'Elderly' }
const YOUTH: LocalizedText = { zh: '青少年', en: 'Youth' }
const ALL: LocalizedText = { zh: '全体居民', en: 'All residents' }

/** The needs of the C community case, in the order they are laid out in 需求清单. */
export const EXAMPLE_NEEDS = {
	homework: {
		title: { zh: '青少年周末课业辅导', en: 'Weekend homework help for youths' },
		description: {
			zh: '走访和问卷发现：周末孩子课业无人辅导。',
			en: 'Visits and surveys found that children have no one to help with homework at weekends.',
		},
		category: 'services',
		targetGroup: YOUTH,
		beneficiaries: null,
		urgency: 'high',
		source: 'survey',
		raisedBy: 'committee',
		status: 'inProgress',
	},
	eyeElderly: {
		title: { zh: '老年人眼健康', en: 'Eye health of older residents' },
		description: { zh: '老年人多，眼病筛查需求大。', en: 'Many older residents need eye screening.' },
		category: 'services',
		targetGroup: ELDERLY,
		beneficiaries: null,
		urgency: 'medium',
		source: 'visit',
		raisedBy: null,
		status: 'done',
	},
	eyeRiders: {
		title: { zh: '外卖骑手等新就业群体眼健康', en: 'Eye health of delivery riders' },
		description: {
			zh: '外卖骑手、快递员等新就业群体长时间户外工作。',
			en: 'Delivery riders, couriers and other new-economy workers spend long hours outdoors.',
		},
		category: 'services',
		targetGroup: { zh: '新就业群体', en: 'New-economy workers' },
		beneficiaries: null,
		urgency: 'medium',
		source: 'council',
		raisedBy: null,
		status: 'done',
	},
	haircut: {
		title: { zh: '老年人理发', en: 'Haircuts for older residents' },
		description: {
			zh: '行动不便的老人理发难。',
			en: 'Older residents with limited mobility struggle to get a haircut.',
		},
		category: 'services',
		targetGroup: ELDERLY,
		beneficiaries: null,
		urgency: 'medium',
		source: 'visit',
		raisedBy: null,
		status: 'inProgress',
	},
	memory: {
		title: { zh: '社区记忆与归属感', en: 'Community memory and belonging' },
		description: {
			zh: '安置型社区，居民来自不同村落，需要共同记忆和归属感。',
			en: 'A resettlement community whose residents came from different villages needs shared memories and belonging.',
		},
		category: 'services',
		targetGroup: ALL,
		beneficiaries: null,
		urgency: 'low',
		source: 'council',
		raisedBy: 'committee',
		status: 'matched',
	},
	wasteSafety: {
		title: { zh: '垃圾分类与安全教育', en: 'Waste sorting and safety education' },
		description: {
			zh: '网格上报：垃圾分类不规范，安全意识薄弱。',
			en: 'Grid reports: poor waste sorting and little safety awareness.',
		},
		category: 'services',
		targetGroup: YOUTH,
		beneficiaries: null,
		urgency: 'medium',
		source: 'grid',
		raisedBy: 'committee',
		status: 'inProgress',
	},
	gridTraining: {
		title: { zh: '网格员能力提升', en: 'Training for grid workers' },
		description: {
			zh: '网格员需要走访、调解和服务技能。',
			en: 'Grid workers need visiting, mediation and service skills.',
		},
		category: 'services',
		targetGroup: { zh: '网格员', en: 'Grid workers' },
		beneficiaries: null,
		urgency: 'medium',
		source: 'grid',
		raisedBy: 'street',
		status: 'matched',
	},
	legalEducation: {
		title: { zh: '未成年人法治教育', en: 'Legal education for minors' },
		description: {
			zh: '社区内寄宿制学校有 6000 余名学生。',
			en: 'The boarding school in the community has 6,000+ pupils.',
		},
		category: 'services',
		targetGroup: YOUTH,
		beneficiaries: 6000,
		urgency: 'high',
		source: 'other',
		raisedBy: 'court',
		status: 'followedUp',
	},
	culture: {
		title: { zh: '传统文化活动', en: 'Traditional culture activities' },
		description: { zh: '居民希望学习传统手艺。', en: 'Residents want to learn traditional crafts.' },
		category: 'services',
		targetGroup: ALL,
		beneficiaries: null,
		urgency: 'low',
		source: 'council',
		raisedBy: null,
		status: 'matched',
	},
	participation: {
		title: { zh: '居民自组织与参与', en: 'Residents organising themselves' },
		description: {
			zh: '从服务对象转为志愿者和组织者。',
			en: 'Turning service recipients into volunteers and organisers.',
		},
		category: 'services',
		targetGroup: ALL,
		beneficiaries: null,
		urgency: 'medium',
		source: 'council',
		raisedBy: null,
		status: 'done',
	},
} satisfies Record<string, ExampleNeed>

/** The key of a need of the case. */
export type ExampleNeedKey = keyof typeof EXAMPLE_NEEDS
