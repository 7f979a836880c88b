import type { ResourceType, Sector } from '../domain/enums'
import type { ExampleActorKey } from './exampleActors'
import type { LocalizedText } from './templateTypes'

/** One resource (资源) of the C community case. */
export interface ExampleResource {
	title: LocalizedText
	description: LocalizedText
	sector: Sector
	resourceType: ResourceType
	provider: ExampleActorKey
	quantity: number | null
	unit: LocalizedText
	availability?: LocalizedText
}

const NO_UNIT: LocalizedText = { zh: '', en: '' }
const YUAN: LocalizedText = { zh: '元', en: 'yuan' }
const PEOPLE: LocalizedText = { zh: '人', en: 'people' }
const SITE: LocalizedText = { zh: '处', en: 'sites' }

/** The resources of the C community case, in the order they are laid out in their sector lane. */
export const EXAMPLE_RESOURCES = {
	govFunds: {
		title: { zh: '政府购买服务资金', en: 'Government-purchased services' },
		description: {
			zh: '街道购买社工服务，2019 年起投入 C 社区约 70 万元。',
			en: 'The sub-district has bought social-work services for C community since 2019: about 700,000 yuan.',
		},
		sector: 'government',
		resourceType: 'funds',
		provider: 'street',
		quantity: 700000,
		unit: YUAN,
		availability: { zh: '2019 年起', en: 'Since 2019' },
	},
	courtFunds: {
		title: { zh: '法院检察院购买服务', en: 'Court & procuratorate purchase' },
		description: {
			zh: '2022–2023 年购买未成年人法治教育等服务约 46 万元。',
			en: 'About 460,000 yuan in 2022–2023 for legal education for minors and other services.',
		},
		sector: 'government',
		resourceType: 'funds',
		provider: 'court',
		quantity: 460000,
		unit: YUAN,
		availability: { zh: '2022–2023 年', en: '2022–2023' },
	},
	policy: {
		title: { zh: '社区治理政策支持', en: 'Community-governance policy support' },
		description: {
			zh: '街道为社会组织进社区提供合法性与政策依据。',
			en: 'The sub-district gives social organisations legitimacy and a policy basis in the community.',
		},
		sector: 'government',
		resourceType: 'policy',
		provider: 'street',
		quantity: null,
		unit: NO_UNIT,
	},
	station: {
		title: { zh: '新时代文明实践站', en: 'Civilisation practice station' },
		description: { zh: '2021 年起可用于开展活动。', en: 'A venue for activities since 2021.' },
		sector: 'government',
		resourceType: 'space',
		provider: 'committee',
		quantity: 1,
		unit: SITE,
	},
	plaza: {
		title: { zh: '文化广场', en: 'Culture square' },
		description: { zh: '户外活动场地。', en: 'An outdoor venue.' },
		sector: 'government',
		resourceType: 'space',
		provider: 'committee',
		quantity: 1,
		unit: SITE,
	},
	office: {
		title: { zh: '社工办公室', en: 'Social-work office' },
		description: { zh: '社区提供的办公用房。', en: 'An office the community provides.' },
		sector: 'government',
		resourceType: 'space',
		provider: 'committee',
		quantity: 1,
		unit: { zh: '间', en: 'rooms' },
	},
	ymVolunteers: {
		title: { zh: '企业员工志愿者', en: 'Employee volunteers' },
		description: { zh: 'YM交投集团员工参与志愿服务。', en: 'YM Group employees volunteer.' },
		sector: 'market',
		resourceType: 'volunteers',
		provider: 'ym',
		quantity: null,
		unit: PEOPLE,
	},
	zsFire: {
		title: { zh: '消防器材', en: 'Fire equipment' },
		description: { zh: 'ZS信用分公司捐赠。', en: 'Donated by the ZS Credit branch.' },
		sector: 'market',
		resourceType: 'materials',
		provider: 'zs',
		quantity: null,
		unit: NO_UNIT,
	},
	zsSafety: {
		title: { zh: '安全教育', en: 'Safety education' },
		description: { zh: '企业志愿者讲授安全知识。', en: 'Company volunteers teach safety.' },
		sector: 'market',
		resourceType: 'skills',
		provider: 'zs',
		quantity: null,
		unit: NO_UNIT,
	},
	yyBooks: {
		title: { zh: '图书', en: 'Books' },
		description: { zh: 'YY教育捐赠。', en: 'Donated by YY Education.' },
		sector: 'market',
		resourceType: 'materials',
		provider: 'yy',
		quantity: null,
		unit: { zh: '册', en: 'books' },
	},
	yyTutoring: {
		title: { zh: '线上辅导', en: 'Online tutoring' },
		description: { zh: 'YY教育提供的线上课业辅导。', en: 'Online homework help from YY Education.' },
		sector: 'market',
		resourceType: 'skills',
		provider: 'yy',
		quantity: null,
		unit: NO_UNIT,
	},
	doctors: {
		title: { zh: '医生志愿者', en: 'Doctor volunteers' },
		description: { zh: '爱尔医院眼科医生义诊。', en: 'Aier Hospital eye doctors volunteer.' },
		sector: 'market',
		resourceType: 'skills',
		provider: 'aier',
		quantity: null,
		unit: PEOPLE,
	},
	socialWorkers: {
		title: { zh: '专业社工', en: 'Professional social workers' },
		description: { zh: 'P社工机构 25 名专职社工、50 名志愿者。', en: 'Centre P: 25 staff and 50 volunteers.' },
		sector: 'society',
		resourceType: 'skills',
		provider: 'p',
		quantity: 25,
		unit: PEOPLE,
	},
	partyMembers: {
		title: { zh: '党员骨干', en: 'Party-member backbones' },
		description: { zh: '100 余名党员，3 个“双报到”单位。', en: '100+ party members, 3 registered units.' },
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'party',
		quantity: 100,
		unit: PEOPLE,
	},
	teams: {
		title: { zh: '社区志愿服务队', en: 'Community volunteer teams' },
		description: {
			zh: '红心闪闪志愿服务队、文艺宣传队、物业服务队、养老救护服务队。',
			en: 'Red Heart team, arts troupe, property service team, elderly care & first-aid team.',
		},
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'hongxin',
		quantity: 4,
		unit: { zh: '支', en: 'teams' },
	},
	students: {
		title: { zh: '大学生志愿者', en: 'Student volunteers' },
		description: { zh: 'Q大学朝阳社工协会。', en: 'Q University Zhaoyang Social Work Society.' },
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'qu',
		quantity: null,
		unit: PEOPLE,
	},
	hairdressers: {
		title: { zh: '美发师志愿者', en: 'Volunteer hairdressers' },
		description: { zh: '市美发美容行业协会会员。', en: 'Members of the city hairdressing association.' },
		sector: 'society',
		resourceType: 'skills',
		provider: 'salon',
		quantity: null,
		unit: PEOPLE,
	},
	craftSkills: {
		title: { zh: '传统手艺', en: 'Traditional crafts' },
		description: {
			zh: '空竹、糖画、剪纸、木版年画、木旋玩具。',
			en: 'Diabolo, sugar painting, paper cutting, woodblock New Year prints, turned wooden toys.',
		},
		sector: 'society',
		resourceType: 'skills',
		provider: 'crafts',
		quantity: 5,
		unit: { zh: '项', en: 'crafts' },
	},
	kongzhuCoaching: {
		title: { zh: '空竹教学', en: 'Diabolo coaching' },
		description: { zh: 'L区空竹运动协会。', en: 'L District Diabolo Association.' },
		sector: 'society',
		resourceType: 'skills',
		provider: 'kongzhu',
		quantity: null,
		unit: NO_UNIT,
	},
} satisfies Record<string, ExampleResource>

/** The key of a resource of the case. */
export type ExampleResourceKey = keyof typeof EXAMPLE_RESOURCES
