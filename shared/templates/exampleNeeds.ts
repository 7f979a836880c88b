import type { NeedProps } from '../domain/cardProps'
import type { NeedCategory, NeedSource, NeedStatus, Urgency } from '../domain/enums'
import type { ExampleActorKey } from './exampleActors'
import type { LocalizedText } from './templateTypes'

/** One need (需求) of the C community case. */
export interface ExampleNeed {
	title: LocalizedText
	/** The need as the article describes it, and how it was found. */
	description: LocalizedText
	category: NeedCategory
	targetGroup: LocalizedText
	beneficiaries: number | null
	urgency: Urgency
	source: NeedSource
	raisedBy: ExampleActorKey | null
	location?: LocalizedText
	status: NeedStatus
	/** Fields whose values are illustrative, not from the article (listed on the card as 示例数据). */
	illustrative: (keyof NeedProps)[]
}

const ELDERLY: LocalizedText = { zh: '老年人', en: 'Elderly' }
const YOUTH: LocalizedText = { zh: '青少年', en: 'Youth' }
const ALL: LocalizedText = { zh: '全体居民', en: 'All residents' }

/** The article gives no head counts nor urgency for C community's needs (only its 2万 residents). */
const COUNTS: (keyof NeedProps)[] = ['beneficiaries', 'urgency']

/** How P found most needs, in the article's words: surveys in the community and talks with its leaders. */
const FIELDWORK: LocalizedText = {
	zh: '来源：P机构入驻后多次深入社区调研，并与社区领导座谈。',
	en: 'Found by P’s repeated fieldwork in the community and talks with its leaders.',
}

function found(text: LocalizedText, how: LocalizedText = FIELDWORK): LocalizedText {
	return { zh: `${text.zh}${how.zh}`, en: `${text.en} ${how.en}` }
}

/** The needs of the C community case, in the order they are laid out in 需求清单. */
export const EXAMPLE_NEEDS = {
	homework: {
		title: { zh: '青少年周末课业辅导与兴趣培养', en: 'Weekend homework help and hobbies for youths' },
		description: found({
			zh: '社区青少年多，需要周末课业辅导和兴趣小组，提升表达力与执行力。',
			en: 'The community has many youths who need weekend homework help and hobby groups that build their confidence in speaking and getting things done.',
		}),
		category: 'services',
		targetGroup: YOUTH,
		beneficiaries: 120,
		urgency: 'high',
		source: 'visit',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	eyeElderly: {
		title: { zh: '老年人眼健康', en: 'Eye health of older residents' },
		description: found({
			zh: '社区老年人多，需要视力检查、白内障检查和正确用眼、护眼知识。',
			en: 'The community has many older residents who need sight and cataract checks and advice on eye care.',
		}),
		category: 'services',
		targetGroup: ELDERLY,
		beneficiaries: 300,
		urgency: 'medium',
		source: 'visit',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	eyeRiders: {
		title: { zh: '新就业群体眼健康', en: 'Eye health of delivery riders' },
		description: found({
			zh: '外卖小哥等新就业群体需要视力检查和护眼知识。',
			en: 'Delivery riders and other new-economy workers need sight checks and advice on eye care.',
		}),
		category: 'services',
		targetGroup: { zh: '新就业群体', en: 'New-economy workers' },
		beneficiaries: 80,
		urgency: 'medium',
		source: 'visit',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	haircut: {
		title: { zh: '老年人理发', en: 'Haircuts for older residents' },
		description: found({
			zh: '社区老年人多，需要便民的爱心义剪服务。',
			en: 'The community has many older residents who need free haircuts close to home.',
		}),
		category: 'services',
		targetGroup: ELDERLY,
		beneficiaries: 120,
		urgency: 'low',
		source: 'visit',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	belonging: {
		title: { zh: '居民身份认同与邻里融合', en: 'Belonging and neighbourliness' },
		description: found({
			zh: 'C社区是回迁社区：世代扎根的原住民与大量租户、商户共处，居民诉求复杂。需要让居民对社区更有认同感，让原住民、租户和商户之间多往来、多相识。',
			en: 'C is a community rehoused on its own land: families rooted here for generations live alongside many tenants and merchants, with complex demands. Residents need a shared sense of belonging, and residents and merchants need to meet and mix.',
		}),
		category: 'services',
		targetGroup: { zh: '原住民、租户、商户', en: 'Long-time residents, tenants, merchants' },
		beneficiaries: 3000,
		urgency: 'medium',
		source: 'visit',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	wasteSafety: {
		title: { zh: '垃圾分类与安全知识普及', en: 'Waste sorting and safety know-how' },
		description: found({
			zh: '居民需要了解垃圾分类和安全知识；社区青少年可以从服务对象转为向居民科普的志愿者。',
			en: 'Residents need to know how to sort waste and stay safe; the community’s youths can turn from service users into volunteers who teach them.',
		}),
		category: 'services',
		targetGroup: ALL,
		beneficiaries: 3000,
		urgency: 'medium',
		source: 'visit',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	gridCapacity: {
		title: { zh: '社区工作者与网格员能力提升', en: 'Skills of community workers and grid workers' },
		description: {
			zh: '两委成员和网格员要“兜底”社区的大小事务——安全、绿化、卫生、信息采集、政策宣传、调解纠纷、代办服务，需要更专业的方法和更强的综合服务能力。来源：2024年5月对社区工作人员的访谈。',
			en: 'Committee members and grid workers provide an all-round “housekeeper” service — safety, greenery, hygiene checks, data collection, policy outreach, mediation, errands — and need professional and general service skills. From an interview with a community worker (May 2024).',
		},
		category: 'services',
		targetGroup: { zh: '社区工作者、网格员、志愿者', en: 'Community workers, grid workers, volunteers' },
		beneficiaries: 40,
		urgency: 'medium',
		source: 'visit',
		raisedBy: 'committee',
		status: 'matched',
		illustrative: COUNTS,
	},
	legalMinors: {
		title: { zh: '未成年人法治教育与权益保护', en: 'Legal education and protection for minors' },
		description: {
			zh: 'C社区青少年群体大，社区内寄宿制学校师生6000余人；法院项目开展未成年人法治教育和权益保护，在学校之外也进社区开展活动，对C社区是增量服务。来源：L区人民法院项目。',
			en: 'C community has many youths, and its boarding school has over 6,000 teachers and pupils; the court’s project on legal education and protection of minors works in the community as well as in schools — an addition for C community. Raised through the L District court’s project.',
		},
		category: 'services',
		targetGroup: YOUTH,
		beneficiaries: 600,
		urgency: 'high',
		source: 'other',
		raisedBy: 'court',
		status: 'matched',
		illustrative: COUNTS,
	},
	merchantLaw: {
		title: { zh: '商户法律科普', en: 'Legal know-how for merchants' },
		description: {
			zh: '社区商户多，需要通俗的法律知识；法官、律师进社区时可为青少年、商户等讲法。',
			en: 'The community’s many merchants need plain-language legal advice; judges and lawyers who come to the community can explain the law to youths, merchants and others.',
		},
		category: 'services',
		targetGroup: { zh: '商户', en: 'Merchants' },
		beneficiaries: 40,
		urgency: 'medium',
		source: 'other',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	culture: {
		title: { zh: '节庆文娱与传统文化活动', en: 'Holiday festivities and traditional culture' },
		description: {
			zh: '居民说一到过节就会来看有什么活动，带着孩子做灯笼、包粽子、包水饺；空竹、糖画、剪纸等传统技艺也能让不同年龄的居民一起参与。来源：2024年5月对居民的访谈。',
			en: 'A resident says that at every holiday they come to see what is on — making lanterns, rice dumplings and jiaozi with the children; crafts like diabolo, sugar painting and paper cutting bring all ages together. From an interview with a resident (May 2024).',
		},
		category: 'services',
		targetGroup: ALL,
		beneficiaries: 1500,
		urgency: 'low',
		source: 'visit',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	participation: {
		title: { zh: '居民参与与社区社会组织培育', en: 'Resident participation and community organisations' },
		description: found({
			zh: '居民参与少、面窄、各群体参与不均衡；需要让接受服务的居民成为志愿者，孵化社区社会组织并帮助其规范运作。',
			en: 'Low, narrow and uneven participation is a core problem of community governance; service users need to become volunteers, and community organisations need to be incubated and put on a sound footing.',
		}),
		category: 'services',
		targetGroup: { zh: '社区青年骨干、志愿者', en: 'Young community leaders, volunteers' },
		beneficiaries: 200,
		urgency: 'high',
		source: 'visit',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
	charging: {
		title: { zh: '老厂家属院充电桩', en: 'Charging points at the old factory estate' },
		description: {
			zh: '社区工作人员在访谈中提到的新问题：老厂的家属院要装充电桩。属于设施需求，需经区、街道层面解决。来源：2024年5月对社区工作人员的访谈；访谈未说明是否为C社区，此处作为示例。',
			en: 'A new problem a community worker named in interview: the old factory’s residential compound needs charging points. A facility need, to be solved at district or sub-district level. From an interview with a community worker (May 2024), which does not say it is C community, so it stands here as an example.',
		},
		category: 'facilities',
		targetGroup: { zh: '老厂家属院居民', en: 'Residents of the old factory estate' },
		beneficiaries: 300,
		urgency: 'medium',
		source: 'visit',
		raisedBy: 'committee',
		location: { zh: '老厂家属院', en: 'Old factory estate' },
		status: 'matched',
		illustrative: COUNTS,
	},
	feedback: {
		title: { zh: '居民诉求表达与反馈', en: 'Voicing requests and hearing back' },
		description: {
			zh: '居民诉求多样、纠纷不易调处，需要一条由下而上表达需求的渠道，并把政府部门的处理结果反馈给居民。来源：C社区线上居民服务系统（云平台）中P机构开辟的社工服务板块收集的居民反馈。',
			en: 'Residents’ demands are complex and disputes hard to settle; they need a bottom-up channel to voice needs and to hear back what the government decided. Gathered through the social-work section P opened in C community’s online residents’ service system (cloud platform).',
		},
		category: 'services',
		targetGroup: ALL,
		beneficiaries: 2000,
		urgency: 'high',
		source: 'other',
		raisedBy: null,
		status: 'matched',
		illustrative: COUNTS,
	},
} satisfies Record<string, ExampleNeed>

/** The key of a need of the case. */
export type ExampleNeedKey = keyof typeof EXAMPLE_NEEDS
