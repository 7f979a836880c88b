import type { ActorProps } from '../domain/cardProps'
import type { ActorKind, ActorRole, ActorSector } from '../domain/enums'
import type { LocalizedText } from './templateTypes'

/** One actor (主体) of the C community case. */
export interface ExampleActor {
	title: LocalizedText
	/** What the source article says about the actor. */
	description: LocalizedText
	sector: ActorSector
	actorKind: ActorKind
	roles: ActorRole[]
	influence: number
	interest: number
	/** Fields whose values are illustrative, not from the article (listed on the card as 示例数据). */
	illustrative: (keyof ActorProps)[]
}

/** Stakeholder-grid scores are a planner's judgement, never the article's. */
const SCORES: (keyof ActorProps)[] = ['influence', 'interest']

/**
 * The actors of the C community case, in the order they are laid out in 主体地图. Every
 * actor provides at least one resource (exampleLinks.ts). The 活动调度中心 is an actor —
 * the platform that publishes projects — not a project: each project's dispatch roles and
 * trail say how it runs through 发布 → 申请 → 统筹 → 执行.
 */
export const EXAMPLE_ACTORS = {
	p: {
		title: { zh: 'P社会工作服务中心', en: 'P Social Work Service Centre' },
		description: {
			zh: 'Q市首家市级社会工作服务机构，2015年8月成立，2021年获评市级4A社会组织；专职工作人员25人、志愿者50人。2019年入驻C社区，在调度流程中负责统筹，并牵头执行各项目。',
			en: 'The first city-level social-work organisation in Q City, founded in August 2015 and rated 4A in 2021; 25 full-time staff and 50 volunteers. In C community since 2019; it coordinates every project in the dispatch workflow and leads their delivery.',
		},
		sector: 'society',
		actorKind: 'socialWorkOrg',
		roles: ['coordinator', 'executor'],
		influence: 4,
		interest: 5,
		illustrative: SCORES,
	},
	dispatch: {
		title: { zh: '活动调度中心', en: 'Activity dispatch centre' },
		description: {
			zh: 'P机构与街道合作成立的服务平台：调度中心发布项目—社区申请—社工统筹—多方执行。上百家机构加入，覆盖花艺、摄影、家政、家庭教育、法律等领域。',
			en: 'A service platform P set up with the sub-district: the centre publishes projects, communities apply, social workers coordinate, several parties carry them out. Over a hundred organisations have joined, covering flower arranging, photography, housekeeping, family education, law and more.',
		},
		sector: 'government',
		actorKind: 'other',
		roles: ['publisher'],
		influence: 4,
		interest: 4,
		illustrative: SCORES,
	},
	street: {
		title: { zh: '街道办事处', en: 'Sub-district office' },
		description: {
			zh: '与P机构合作成立活动调度中心；向P机构购买社会工作服务，是项目资金的主要来源。',
			en: 'Set up the activity dispatch centre with P and buys social-work services from P: the main source of project funds.',
		},
		sector: 'government',
		actorKind: 'subdistrict',
		roles: ['funder'],
		influence: 5,
		interest: 3,
		illustrative: SCORES,
	},
	district: {
		title: { zh: 'Q市及L区政府部门', en: 'Q City and L District government' },
		description: {
			zh: 'Q市出台社会组织改革发展、民政事业“十四五”规划及购买服务、人才队伍等政策；L区接收P机构报送的项目计划书，据此购买社会服务；Q市每年举办社会工作研讨会。',
			en: 'Q City’s policies on developing social organisations, its 14th five-year civil-affairs plan, and rules on service purchase and social-work staff; L District receives P’s project plans and buys services on them; Q City holds a social-work forum every year.',
		},
		sector: 'government',
		actorKind: 'other',
		roles: ['funder'],
		influence: 5,
		interest: 2,
		illustrative: SCORES,
	},
	committee: {
		title: { zh: 'C社区两委', en: 'C community committees' },
		description: {
			zh: '向活动调度中心申请项目；提供文明实践站、文化广场、社工办公空间和社区线上居民服务系统（云平台）。',
			en: 'Applies to the dispatch centre for projects; provides the civilisation practice station, the culture square, office space and the community’s online residents’ service system (cloud platform).',
		},
		sector: 'government',
		actorKind: 'communityCommittee',
		roles: ['applicant'],
		influence: 5,
		interest: 5,
		illustrative: SCORES,
	},
	grid: {
		title: { zh: 'C社区专职网格员', en: 'C community grid workers' },
		description: {
			zh: 'C社区按网格治理要求组建的专职网格员队伍，由党员、入党积极分子、先进青年和热心居民组成；与P机构、志愿者共同打造“那年那事那物件”科普平台。',
			en: 'The full-time grid workers C community recruited for grid governance — Party members, applicants for membership, young activists and engaged residents; they built the “Those years, those stories, those things” popular-science platform with P and volunteers.',
		},
		sector: 'government',
		actorKind: 'gridWorker',
		roles: ['executor'],
		influence: 3,
		interest: 4,
		illustrative: SCORES,
	},
	court: {
		title: { zh: 'L区人民法院与人民检察院', en: 'L District court and procuratorate' },
		description: {
			zh: '2022—2023年度向P机构购买服务约46万元，开展未成年人法治教育和权益保护；借助与法院的关系，P机构开展法官、律师进社区活动。',
			en: 'Bought about 460,000 yuan of services from P in 2022–2023 for legal education and the protection of minors; through this relationship P brings judges and lawyers into the community.',
		},
		sector: 'government',
		actorKind: 'court',
		roles: ['funder', 'executor'],
		influence: 4,
		interest: 3,
		illustrative: SCORES,
	},
	school: {
		title: { zh: '寄宿制民办公助学校', en: 'Boarding school (private with public aid)' },
		description: {
			zh: 'C社区内的寄宿制民办公助学校，师生6000余人；法院的法治教育项目直接进中小学。',
			en: 'A privately run, publicly assisted boarding school in C community with over 6,000 teachers and pupils; the court’s legal-education project works directly with schools.',
		},
		sector: 'society',
		actorKind: 'school',
		roles: ['executor'],
		influence: 3,
		interest: 3,
		illustrative: SCORES,
	},
	ym: {
		title: { zh: 'YM交投集团', en: 'YM Transport Investment Group' },
		description: {
			zh: '常派员工做志愿者，参加P机构的助贫济困等慈善活动；与ZS信用分公司、YY教育一起为P机构的服务项目提供消防器材、图书、安全教育等物资和管理经验。',
			en: 'Regularly sends employees as volunteers to P’s community charity work such as help for the poor; with ZS Credit and YY Education it gives P’s projects fire equipment, books, safety education and management experience.',
		},
		sector: 'market',
		actorKind: 'enterprise',
		roles: ['executor'],
		influence: 3,
		interest: 3,
		illustrative: SCORES,
	},
	zs: {
		title: { zh: 'ZS信用分公司', en: 'ZS Credit branch' },
		description: {
			zh: '常派员工做志愿者，参加P机构的社区慈善活动；与YM交投集团、YY教育一起为P机构的服务项目提供消防器材、图书、安全教育等物资和管理经验。',
			en: 'Regularly sends employees as volunteers to P’s community charity work; with YM Group and YY Education it gives P’s projects fire equipment, books, safety education and management experience.',
		},
		sector: 'market',
		actorKind: 'enterprise',
		roles: ['executor'],
		influence: 3,
		interest: 3,
		illustrative: SCORES,
	},
	yy: {
		title: { zh: 'YY教育', en: 'YY Education' },
		description: {
			zh: '与P机构合作为青少年提供线上辅导；与YM交投集团、ZS信用分公司一起为P机构的服务项目提供消防器材、图书、安全教育等物资和管理经验。',
			en: 'Works with P to give youths online tutoring; with YM Group and ZS Credit it gives P’s projects fire equipment, books, safety education and management experience.',
		},
		sector: 'market',
		actorKind: 'enterprise',
		roles: ['executor'],
		influence: 3,
		interest: 4,
		illustrative: SCORES,
	},
	merchants: {
		title: { zh: 'C社区商户', en: 'C community merchants' },
		description: {
			zh: '社区商户众多，是P机构资源的重要组成部分；P机构设计激励机制激发商户参与，节假日与商户联合组织全体居民参与的文娱活动。',
			en: 'The community’s many merchants are a key part of P’s resources; P designs incentives that draw them in and organises holiday activities for all residents together with them.',
		},
		sector: 'market',
		actorKind: 'enterprise',
		roles: ['executor', 'funder'],
		influence: 3,
		interest: 3,
		illustrative: SCORES,
	},
	aier: {
		title: { zh: 'Q市爱尔医院', en: 'Q City Aier Hospital' },
		description: {
			zh: '医生志愿者为社区老年人和外卖小哥等新就业群体义诊：视力检查、白内障检查，讲解用眼护眼知识。',
			en: 'Its doctor volunteers give older residents and delivery riders free eye and cataract checks and explain eye care.',
		},
		sector: 'market',
		actorKind: 'hospital',
		roles: ['executor'],
		influence: 3,
		interest: 3,
		illustrative: SCORES,
	},
	salon: {
		title: { zh: 'Q市美发美容行业协会', en: 'Q City hairdressing and beauty association' },
		description: {
			zh: '与理发师志愿者一起为社区老年人爱心义剪。',
			en: 'Gives older residents free haircuts with volunteer hairdressers.',
		},
		sector: 'society',
		actorKind: 'association',
		roles: ['executor'],
		influence: 2,
		interest: 3,
		illustrative: SCORES,
	},
	qu: {
		title: { zh: 'Q大学朝阳社工协会', en: 'Q University Zhaoyang Social Work Society' },
		description: {
			zh: '与P机构合作，组织大学生到社区做志愿服务。',
			en: 'Works with P to bring student volunteers into the community.',
		},
		sector: 'society',
		actorKind: 'university',
		roles: ['executor'],
		influence: 2,
		interest: 4,
		illustrative: SCORES,
	},
	kongzhu: {
		title: { zh: 'L区空竹运动协会', en: 'L District Diabolo Association' },
		description: {
			zh: '与P机构合作，带年轻人到社区参与服务。',
			en: 'Works with P to bring young people into community service.',
		},
		sector: 'society',
		actorKind: 'communityOrg',
		roles: ['executor'],
		influence: 2,
		interest: 3,
		illustrative: SCORES,
	},
	crafts: {
		title: { zh: '传统文化传承人', en: 'Traditional craftspeople' },
		description: {
			zh: '空竹、糖画、剪纸、木版年画、木旋玩具的传承人或志愿者，与P机构关系良好，为居民带来传统文化资源。',
			en: 'Masters or volunteers of diabolo, sugar painting, paper cutting, woodblock New Year prints and turned wooden toys, on good terms with P, who bring traditional culture to residents.',
		},
		sector: 'society',
		actorKind: 'craftsperson',
		roles: ['executor'],
		influence: 1,
		interest: 3,
		illustrative: SCORES,
	},
	party: {
		title: { zh: 'C社区党员', en: 'C community Party members' },
		description: {
			zh: 'C社区现有党员100多名；P机构为社区党员先锋志愿服务队等自有志愿团队提供专业指导。',
			en: 'C community has over 100 Party members; P coaches the community’s own teams such as the Party members’ vanguard volunteer team.',
		},
		sector: 'residents',
		actorKind: 'partyMember',
		roles: ['executor'],
		influence: 3,
		interest: 4,
		illustrative: SCORES,
	},
	dualUnits: {
		title: { zh: '“双报到”共建单位', en: 'Dual-reporting partner units' },
		description: {
			zh: '与C社区签订党建共建协议的3家“双报到”单位；引导住在社区、组织关系不在本社区的党员参与社区事务。',
			en: 'The 3 “dual-reporting” units that signed Party-building agreements with C community; they bring Party members who live here but belong elsewhere into community affairs.',
		},
		sector: 'society',
		actorKind: 'other',
		roles: ['executor'],
		influence: 3,
		interest: 3,
		illustrative: SCORES,
	},
	bigParty: {
		title: { zh: '社区“大党委”成员单位', en: 'Joint Party committee member units' },
		description: {
			zh: 'C社区的属地单位都是社区“大党委”成员，与社区共建了法治长廊、党史长廊、同心文化广场、社区图书室等。',
			en: 'C community brought its local units into a joint Party committee, which built a rule-of-law gallery, a Party-history gallery, the Tongxin culture square and a community library.',
		},
		sector: 'society',
		actorKind: 'other',
		roles: ['executor'],
		influence: 3,
		interest: 3,
		illustrative: SCORES,
	},
	hongxin: {
		title: { zh: '红心闪闪志愿服务队', en: 'Red Heart volunteer team' },
		description: {
			zh: 'C社区活跃的居民志愿者队伍之一。',
			en: 'One of C community’s active residents’ volunteer teams.',
		},
		sector: 'residents',
		actorKind: 'volunteerTeam',
		roles: ['executor'],
		influence: 2,
		interest: 5,
		illustrative: SCORES,
	},
	wenyi: {
		title: { zh: '文艺宣传队', en: 'Arts troupe' },
		description: {
			zh: 'C社区活跃的居民志愿者队伍之一。',
			en: 'One of C community’s active residents’ volunteer teams.',
		},
		sector: 'residents',
		actorKind: 'volunteerTeam',
		roles: ['executor'],
		influence: 2,
		interest: 4,
		illustrative: SCORES,
	},
	wuye: {
		title: { zh: '物业服务队', en: 'Property service team' },
		description: {
			zh: 'C社区活跃的居民志愿者队伍之一。',
			en: 'One of C community’s active residents’ volunteer teams.',
		},
		sector: 'residents',
		actorKind: 'volunteerTeam',
		roles: ['executor'],
		influence: 2,
		interest: 4,
		illustrative: SCORES,
	},
	yanglao: {
		title: { zh: '养老救护服务队', en: 'Elderly care and first-aid team' },
		description: {
			zh: 'C社区活跃的居民志愿者队伍之一。',
			en: 'One of C community’s active residents’ volunteer teams.',
		},
		sector: 'residents',
		actorKind: 'volunteerTeam',
		roles: ['executor'],
		influence: 2,
		interest: 5,
		illustrative: SCORES,
	},
} satisfies Record<string, ExampleActor>

/** The key of an actor of the case. */
export type ExampleActorKey = keyof typeof EXAMPLE_ACTORS
