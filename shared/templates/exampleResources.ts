import type { ResourceProps } from '../domain/cardProps'
import type { ResourceType, Sector } from '../domain/enums'
import type { ExampleActorKey } from './exampleActors'
import type { LocalizedText } from './templateTypes'

/** One resource (资源) of the C community case. */
export interface ExampleResource {
	title: LocalizedText
	/** What the article says about the resource. */
	description: LocalizedText
	sector: Sector
	resourceType: ResourceType
	provider: ExampleActorKey
	/**
	 * How much is available in the plan's period. Government funds say null here: their
	 * quantity is the sum of the 政府购买 budget lines they pay for (exampleTemplate.ts).
	 */
	quantity: number | null
	unit: LocalizedText
	availability?: LocalizedText
	location?: LocalizedText
	/** Fields whose values are illustrative, not from the article (listed on the card as 示例数据). */
	illustrative: (keyof ResourceProps)[]
}

const NO_UNIT: LocalizedText = { zh: '', en: '' }
const YUAN: LocalizedText = { zh: '元', en: 'yuan' }
const PEOPLE: LocalizedText = { zh: '人', en: 'people' }
const SITE: LocalizedText = { zh: '处', en: 'sites' }
const TIMES: LocalizedText = { zh: '次', en: 'times' }
/** The plan's period (an illustrative choice: the year after the board was written). */
export const EXAMPLE_PERIOD_TEXT: LocalizedText = { zh: '2027年1月—12月', en: 'January–December 2027' }
const C_COMMUNITY: LocalizedText = { zh: 'C社区', en: 'C community' }

/**
 * The resources of the C community case, in the order they are laid out in their
 * sector's lane (政府 / 市场 / 社会 — the sector says where a resource comes from, never
 * the mechanism that moves it: see exampleLinks.ts).
 */
export const EXAMPLE_RESOURCES = {
	// 政府资源: legitimacy and policy, funds, space and venues, and the channels into public authority.
	streetFunds: {
		title: { zh: '街道购买服务经费', en: 'Sub-district service purchase' },
		description: {
			zh: '本期街道向P机构购买社区营造服务的经费，按项目预算分列。历年累计的政府资金见申报单位简介，不计入本期。',
			en: 'What the sub-district pays P for the community-building services of this plan’s period, itemised in the projects’ budgets. Government funds of earlier years are told in the applicant’s profile and not counted here.',
		},
		sector: 'government',
		resourceType: 'funds',
		provider: 'street',
		quantity: null,
		unit: YUAN,
		availability: EXAMPLE_PERIOD_TEXT,
		illustrative: ['quantity', 'availability'],
	},
	courtFunds: {
		title: { zh: '法院检察院购买服务经费', en: 'Court and procuratorate service purchase' },
		description: {
			zh: '本期L区人民法院、人民检察院购买未成年人法治教育服务的经费。两院往年的购买额见申报单位简介，不计入本期。',
			en: 'What the L District court and procuratorate pay for legal education of minors in this plan’s period. What they bought in earlier years is told in the applicant’s profile and not counted here.',
		},
		sector: 'government',
		resourceType: 'funds',
		provider: 'court',
		quantity: null,
		unit: YUAN,
		availability: EXAMPLE_PERIOD_TEXT,
		illustrative: ['quantity', 'availability'],
	},
	policy: {
		title: { zh: '社会组织参与治理的政策', en: 'Policies for social organisations' },
		description: {
			zh: 'Q市《关于加快推进社会组织改革发展的意见》《Q市民政事业“十四五”发展规划》，以及财政局、人社局关于社会组织人才队伍建设、人才激励保障和政府购买服务的专项政策：社会组织参与基层治理的合法性来源。',
			en: 'Q City’s opinions on speeding up the reform of social organisations, its 14th five-year civil-affairs plan, and the finance and human-resources bureaus’ rules on social-work staff, incentives and government service purchase: the legitimacy of social organisations in community governance.',
		},
		sector: 'government',
		resourceType: 'policy',
		provider: 'district',
		quantity: null,
		unit: NO_UNIT,
		illustrative: [],
	},
	reportChannel: {
		title: { zh: '项目计划书报送渠道', en: 'Submitting plans to the district' },
		description: {
			zh: 'P机构把对重点群体需求的调研分析写成项目计划书，报送L区及C社区，为购买社会服务提供实证资料；居民诉求由此自下而上表达，政府部门的处理结果也经P机构反馈给居民。',
			en: 'P writes its research on key groups’ needs into project plans for L District and C community, the evidence for buying services; residents’ requests travel up this way, and P brings the government’s answers back to them.',
		},
		sector: 'government',
		resourceType: 'information',
		provider: 'district',
		quantity: 2,
		unit: TIMES,
		availability: EXAMPLE_PERIOD_TEXT,
		illustrative: ['quantity'],
	},
	forum: {
		title: { zh: 'Q市年度社会工作研讨会', en: 'Q City annual social-work forum' },
		description: {
			zh: 'P机构在Q市一年一度的社会工作研讨会上发言，向政府反映社区情况，供决策参考。',
			en: 'P uses its slot at Q City’s annual social-work forum to give the government information for its decisions.',
		},
		sector: 'government',
		resourceType: 'information',
		provider: 'district',
		quantity: 1,
		unit: TIMES,
		availability: { zh: '每年一次', en: 'Once a year' },
		illustrative: [],
	},
	station: {
		title: { zh: '文明实践站', en: 'Civilisation practice station' },
		description: {
			zh: '社区场所，P机构在此开展活动。',
			en: 'A community venue where P runs activities.',
		},
		sector: 'government',
		resourceType: 'space',
		provider: 'committee',
		quantity: 1,
		unit: SITE,
		location: C_COMMUNITY,
		illustrative: [],
	},
	plaza: {
		title: { zh: '文化广场', en: 'Culture square' },
		description: {
			zh: '社区户外场所，P机构在此开展活动。',
			en: 'An outdoor community venue where P runs activities.',
		},
		sector: 'government',
		resourceType: 'space',
		provider: 'committee',
		quantity: 1,
		unit: SITE,
		location: C_COMMUNITY,
		illustrative: [],
	},
	office: {
		title: { zh: '社工独立办公空间', en: 'Social workers’ own office' },
		description: {
			zh: '合作之初P机构配备2名专职社工，在C社区服务中心设咨询台；随着合作深入，2021年在社区获得独立办公空间。',
			en: 'At first P had 2 full-time social workers at a help desk in the community service centre; as cooperation deepened it got its own office in the community in 2021.',
		},
		sector: 'government',
		resourceType: 'space',
		provider: 'committee',
		quantity: 1,
		unit: SITE,
		location: C_COMMUNITY,
		illustrative: [],
	},
	cloud: {
		title: { zh: '云平台社工服务板块', en: 'Social-work section of the cloud platform' },
		description: {
			zh: 'P机构接入C社区线上居民服务系统，在云平台中开辟社工服务板块，汇集居民反馈意见、了解服务需求与偏好，并通过线上平台传递社区资讯：居民需求的一条渠道。',
			en: 'P joined C community’s online residents’ service system and opened a social-work section in its cloud platform, which gathers residents’ feedback, needs and preferences and carries community news: one channel through which needs arrive.',
		},
		sector: 'government',
		resourceType: 'information',
		provider: 'committee',
		quantity: 1,
		unit: { zh: '个板块', en: 'section' },
		illustrative: [],
	},
	gridInfo: {
		title: { zh: '网格员信息采集与入户', en: 'Grid workers’ visits and data' },
		description: {
			zh: '专职网格员承担信息采集、政策宣传等网格工作，与P机构、志愿者共同打造“那年那事那物件”科普平台。',
			en: 'The full-time grid workers collect data and explain policies in their grids; with P and volunteers they built the “Those years, those stories, those things” popular-science platform.',
		},
		sector: 'government',
		resourceType: 'information',
		provider: 'grid',
		quantity: null,
		unit: NO_UNIT,
		illustrative: [],
	},
	judges: {
		title: { zh: '法官、律师进社区', en: 'Judges and lawyers in the community' },
		description: {
			zh: '借助与L区人民法院的关系，法官、律师进社区，为社区青少年、商户等提供法律科普。',
			en: 'Through P’s relationship with the L District court, judges and lawyers come to the community to explain the law to youths, merchants and others.',
		},
		sector: 'government',
		resourceType: 'skills',
		provider: 'court',
		quantity: 4,
		unit: PEOPLE,
		illustrative: ['quantity'],
	},

	// 市场资源: materials, funds, management experience, employee volunteers.
	ymVolunteers: {
		title: { zh: 'YM交投集团员工志愿者', en: 'YM Group employee volunteers' },
		description: {
			zh: '企业常派员工做志愿者，参加P机构的社区慈善活动。',
			en: 'The company regularly sends employees as volunteers to P’s community charity work.',
		},
		sector: 'market',
		resourceType: 'volunteers',
		provider: 'ym',
		quantity: 10,
		unit: PEOPLE,
		illustrative: ['quantity'],
	},
	ymManagement: {
		title: { zh: '企业管理经验', en: 'Management experience from companies' },
		description: {
			zh: 'YM交投集团、ZS信用分公司、YY教育都为P机构提供管理经验；本期由YM交投集团分享为示例。',
			en: 'YM Group, ZS Credit and YY Education all share management experience with P; that YM Group shares it in this period is an example.',
		},
		sector: 'market',
		resourceType: 'management',
		provider: 'ym',
		quantity: 2,
		unit: TIMES,
		illustrative: ['provider', 'quantity'],
	},
	zsFire: {
		title: { zh: '消防器材（捐赠）', en: 'Fire equipment (donated)' },
		description: {
			zh: '三家企业共同为P机构的服务项目提供消防器材、图书、安全教育等物资；消防器材由ZS信用分公司捐赠为示例。捐赠物资以折价计入预算（实物）。',
			en: 'The three companies together give P’s projects fire equipment, books and safety education; that ZS Credit donates the fire equipment is an example. Donated goods enter the budget at their value, in kind.',
		},
		sector: 'market',
		resourceType: 'materials',
		provider: 'zs',
		quantity: 20,
		unit: { zh: '件', en: 'items' },
		illustrative: ['provider', 'quantity'],
	},
	zsSafety: {
		title: { zh: '企业安全教育', en: 'Safety education from a company' },
		description: {
			zh: '安全教育是三家企业提供的资源之一；由ZS信用分公司员工志愿者讲授为示例。',
			en: 'Safety education is one of the resources the three companies give; that ZS Credit’s employee volunteers teach it is an example.',
		},
		sector: 'market',
		resourceType: 'skills',
		provider: 'zs',
		quantity: 2,
		unit: TIMES,
		illustrative: ['provider', 'quantity'],
	},
	yyBooks: {
		title: { zh: '图书（捐赠）', en: 'Books (donated)' },
		description: {
			zh: '三家企业共同为P机构的服务项目提供图书等物资；由YY教育捐赠为示例。捐赠物资以折价计入预算（实物）。',
			en: 'The three companies together give P’s projects books among other things; that YY Education donates them is an example. Donated goods enter the budget at their value, in kind.',
		},
		sector: 'market',
		resourceType: 'materials',
		provider: 'yy',
		quantity: 300,
		unit: { zh: '册', en: 'books' },
		illustrative: ['provider', 'quantity'],
	},
	yyTutoring: {
		title: { zh: '线上辅导', en: 'Online tutoring' },
		description: {
			zh: 'P机构与YY教育合作，为青少年群体提供线上辅导服务。',
			en: 'P and YY Education give youths online tutoring.',
		},
		sector: 'market',
		resourceType: 'skills',
		provider: 'yy',
		quantity: 40,
		unit: { zh: '课时', en: 'lessons' },
		illustrative: ['quantity'],
	},
	doctors: {
		title: { zh: '爱尔医院医生志愿者', en: 'Aier Hospital doctor volunteers' },
		description: {
			zh: '医生志愿者为老年人、外卖小哥等新就业群体义诊，免费做视力检查、白内障检查，讲解用眼护眼知识。',
			en: 'Doctor volunteers give older residents and delivery riders free sight and cataract checks and explain eye care.',
		},
		sector: 'market',
		resourceType: 'skills',
		provider: 'aier',
		quantity: 6,
		unit: PEOPLE,
		illustrative: ['quantity'],
	},
	merchantSponsor: {
		title: { zh: '商户节庆赞助', en: 'Merchants’ holiday sponsorship' },
		description: {
			zh: '有偿赞助：商户出资支持节庆活动，在活动现场和社区线上平台获得展示。P机构用激励机制吸引商户参与；赞助方式与金额为示例。',
			en: 'Paid sponsorship: merchants fund holiday events and are shown at them and on the community’s online platform. P draws merchants in with incentives; this form and the amount are an example.',
		},
		sector: 'market',
		resourceType: 'funds',
		provider: 'merchants',
		quantity: 3000,
		unit: YUAN,
		availability: EXAMPLE_PERIOD_TEXT,
		illustrative: ['quantity', 'availability'],
	},
	merchantPurchase: {
		title: { zh: '节庆物资（向商户采购）', en: 'Holiday supplies (bought from merchants)' },
		description: {
			zh: '节庆活动所需食材和手工材料向社区商户采购，用政府购买服务经费支付（市场机制：采购）。为示例。',
			en: 'Food and craft materials for the holiday events are bought from the community’s merchants with the purchased-service funds (market mechanism: purchase). An example.',
		},
		sector: 'market',
		resourceType: 'materials',
		provider: 'merchants',
		quantity: 3,
		unit: { zh: '批', en: 'batches' },
		illustrative: ['quantity'],
	},

	// 社会资源: party-member backbones, volunteer teams, community organisations, craftspeople.
	pStaff: {
		title: { zh: 'P机构驻点社工', en: 'P’s social workers on site' },
		description: {
			zh: 'P机构有专职工作人员25人（平均年龄27岁，本科以上17人，持专业技术资格20人，并非都是社工），入驻C社区初期配备2名专职社工；本期驻点人数为示例。',
			en: 'P has 25 full-time staff (average age 27; 17 with a degree, 20 with professional qualifications; not all are social workers); it started in C community with 2 full-time social workers. The number on site in this period is an example.',
		},
		sector: 'society',
		resourceType: 'skills',
		provider: 'p',
		quantity: 3,
		unit: PEOPLE,
		illustrative: ['quantity'],
	},
	pVolunteers: {
		title: { zh: 'P机构志愿者', en: 'P’s volunteers' },
		description: {
			zh: 'P机构有志愿者50人，社区服务经验丰富。',
			en: 'P has 50 volunteers with long experience of community service.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'p',
		quantity: 50,
		unit: PEOPLE,
		illustrative: [],
	},
	partyMembers: {
		title: { zh: '社区党员骨干', en: 'Party-member backbones' },
		description: {
			zh: 'C社区现有党员100多名，是社区党群骨干力量。',
			en: 'C community’s more than 100 Party members, the backbone of its activists.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'party',
		quantity: 100,
		unit: PEOPLE,
		illustrative: [],
	},
	dualVolunteers: {
		title: { zh: '“双报到”单位党员', en: 'Party members of dual-reporting units' },
		description: {
			zh: 'C社区与3家“双报到”单位签订党建共建协议，引导住在社区但组织关系或户籍不在本社区的党员参与社区事务。',
			en: 'C community signed Party-building agreements with 3 “dual-reporting” units, bringing Party members who live here but belong elsewhere into community affairs.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'dualUnits',
		quantity: 3,
		unit: { zh: '家单位', en: 'units' },
		illustrative: [],
	},
	bigPartySites: {
		title: { zh: '大党委共建阵地', en: 'Joint Party committee sites' },
		description: {
			zh: '属地单位纳入社区“大党委”后共建的法治长廊、党史长廊、同心文化广场、社区图书室。',
			en: 'Built with the local units in the joint Party committee: a rule-of-law gallery, a Party-history gallery, the Tongxin culture square and a community library.',
		},
		sector: 'society',
		resourceType: 'space',
		provider: 'bigParty',
		quantity: 4,
		unit: SITE,
		location: C_COMMUNITY,
		illustrative: [],
	},
	hongxinHours: {
		title: { zh: '红心闪闪志愿服务', en: 'Red Heart volunteering' },
		description: {
			zh: '红心闪闪志愿服务队的志愿服务；本期时长为示例。',
			en: 'Volunteering by the Red Heart team; the hours of this period are an example.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'hongxin',
		quantity: 200,
		unit: { zh: '小时', en: 'hours' },
		illustrative: ['quantity'],
	},
	wenyiShows: {
		title: { zh: '文艺宣传队演出', en: 'Arts troupe performances' },
		description: {
			zh: '文艺宣传队的志愿演出；本期场次为示例。',
			en: 'Volunteer performances by the arts troupe; the number in this period is an example.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'wenyi',
		quantity: 3,
		unit: { zh: '场', en: 'shows' },
		illustrative: ['quantity'],
	},
	wuyeHelp: {
		title: { zh: '物业服务队志愿者', en: 'Property service team volunteers' },
		description: {
			zh: '物业服务队的志愿者；本期人数为示例。',
			en: 'Volunteers of the property service team; the number in this period is an example.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'wuye',
		quantity: 10,
		unit: PEOPLE,
		illustrative: ['quantity'],
	},
	yanglaoHelp: {
		title: { zh: '养老救护服务队志愿者', en: 'Elderly care and first-aid volunteers' },
		description: {
			zh: '养老救护服务队的志愿者；本期人数为示例。',
			en: 'Volunteers of the elderly care and first-aid team; the number in this period is an example.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'yanglao',
		quantity: 4,
		unit: PEOPLE,
		illustrative: ['quantity'],
	},
	students: {
		title: { zh: '大学生志愿者', en: 'Student volunteers' },
		description: {
			zh: 'Q大学朝阳社工协会引导大学生青年队伍进社区参与服务；本期人数为示例。',
			en: 'The Q University Zhaoyang Social Work Society brings student volunteers into the community; the number in this period is an example.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'qu',
		quantity: 8,
		unit: PEOPLE,
		illustrative: ['quantity'],
	},
	kongzhuCoaching: {
		title: { zh: '空竹教学', en: 'Diabolo coaching' },
		description: {
			zh: 'L区空竹运动协会进社区参与服务；本期场次为示例。',
			en: 'The L District Diabolo Association serves in the community; the number of sessions in this period is an example.',
		},
		sector: 'society',
		resourceType: 'skills',
		provider: 'kongzhu',
		quantity: 2,
		unit: { zh: '场', en: 'sessions' },
		illustrative: ['quantity'],
	},
	craftSkills: {
		title: { zh: '传统技艺', en: 'Traditional crafts' },
		description: {
			zh: '空竹、糖画、剪纸、木版年画、木旋玩具五项传统技艺。',
			en: 'Five crafts: diabolo, sugar painting, paper cutting, woodblock New Year prints, turned wooden toys.',
		},
		sector: 'society',
		resourceType: 'skills',
		provider: 'crafts',
		quantity: 5,
		unit: { zh: '项', en: 'crafts' },
		illustrative: [],
	},
	hairdressers: {
		title: { zh: '理发师志愿者', en: 'Volunteer hairdressers' },
		description: {
			zh: 'Q市美发美容行业协会与理发师志愿者为老年人爱心义剪；本期人数为示例。',
			en: 'The hairdressing association and volunteer hairdressers cut older residents’ hair for free; the number in this period is an example.',
		},
		sector: 'society',
		resourceType: 'skills',
		provider: 'salon',
		quantity: 4,
		unit: PEOPLE,
		illustrative: ['quantity'],
	},
	dispatchMembers: {
		title: { zh: '调度中心成员机构', en: 'Dispatch-centre member organisations' },
		description: {
			zh: '上百家机构加入活动调度中心，覆盖花艺、摄影、家政、家庭教育、法律等领域，为居民提供专业化服务。',
			en: 'Over a hundred organisations have joined the activity dispatch centre — flower arranging, photography, housekeeping, family education, law and more — offering residents professional services.',
		},
		sector: 'society',
		resourceType: 'skills',
		provider: 'dispatch',
		quantity: 100,
		unit: { zh: '家', en: 'organisations' },
		illustrative: [],
	},
	schoolClasses: {
		title: { zh: '学校法治课堂', en: 'Law lessons at the school' },
		description: {
			zh: '法院的法治教育项目直接与中小学合作；由社区内寄宿制学校安排法治课时为示例。',
			en: 'The court’s legal-education project works directly with schools; that the boarding school in the community sets aside lessons for it is an example.',
		},
		sector: 'society',
		resourceType: 'space',
		provider: 'school',
		quantity: 10,
		unit: { zh: '课时', en: 'lessons' },
		illustrative: ['quantity'],
	},
} satisfies Record<string, ExampleResource>

/** The key of a resource of the case. */
export type ExampleResourceKey = keyof typeof EXAMPLE_RESOURCES
