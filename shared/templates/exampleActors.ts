import type { ActorKind, ActorRole, ActorSector } from '../domain/enums'
import type { LocalizedText } from './templateTypes'

/** One actor (主体) of the C community case. */
export interface ExampleActor {
	title: LocalizedText
	description: LocalizedText
	sector: ActorSector
	actorKind: ActorKind
	roles: ActorRole[]
	influence: number
	interest: number
}

/** The actors of the C community case, in the order they are laid out in 主体地图. */
export const EXAMPLE_ACTORS = {
	p: {
		title: { zh: 'P社工机构', en: 'Social work centre P' },
		description: {
			zh: '市级社工服务中心，2015 年成立，25 名专职社工、50 名志愿者，2021 年获评 4A 级；2019 年起服务 C 社区。',
			en: 'City-level social-work centre founded in 2015: 25 staff, 50 volunteers, rated 4A in 2021; serving C community since 2019.',
		},
		sector: 'society',
		actorKind: 'socialWorkOrg',
		roles: ['coordinator', 'executor'],
		influence: 4,
		interest: 5,
	},
	committee: {
		title: { zh: 'C社区两委', en: 'C community committees' },
		description: {
			zh: '安置型社区：1.5 平方公里，2 万余居民，113 栋楼、841 户自建房、6 家驻区单位；老年人、青少年、租户和商户多。',
			en: 'A resettlement community: 1.5 km², 20,000+ residents, 113 apartment buildings, 841 self-built houses, 6 local units; many elderly, youths, tenants and merchants.',
		},
		sector: 'government',
		actorKind: 'communityCommittee',
		roles: ['publisher', 'applicant'],
		influence: 5,
		interest: 5,
	},
	street: {
		title: { zh: '街道办事处', en: 'Sub-district office' },
		description: {
			zh: '购买社工服务，给予政策支持。',
			en: 'Buys social-work services and gives policy support.',
		},
		sector: 'government',
		actorKind: 'subdistrict',
		roles: ['publisher', 'funder'],
		influence: 5,
		interest: 3,
	},
	court: {
		title: { zh: '区法院/检察院', en: 'District court & procuratorate' },
		description: {
			zh: '2022–2023 年购买服务约 46 万元，开展未成年人法治教育。',
			en: 'Bought about 460,000 yuan of services in 2022–2023: legal education for minors.',
		},
		sector: 'government',
		actorKind: 'court',
		roles: ['publisher', 'funder'],
		influence: 4,
		interest: 3,
	},
	school: {
		title: { zh: '寄宿制学校', en: 'Boarding school' },
		description: {
			zh: '社区内寄宿制学校，在校学生 6000 余名。',
			en: 'A boarding school in the community with 6,000+ pupils.',
		},
		sector: 'government',
		actorKind: 'school',
		roles: ['applicant'],
		influence: 3,
		interest: 3,
	},
	ym: {
		title: { zh: 'YM交投集团', en: 'YM Transport Investment Group' },
		description: { zh: '组织员工志愿者参与社区服务。', en: 'Sends employee volunteers to community services.' },
		sector: 'market',
		actorKind: 'enterprise',
		roles: ['executor'],
		influence: 3,
		interest: 3,
	},
	zs: {
		title: { zh: 'ZS信用分公司', en: 'ZS Credit branch' },
		description: { zh: '捐赠消防器材，开展安全教育。', en: 'Donates fire equipment and runs safety education.' },
		sector: 'market',
		actorKind: 'enterprise',
		roles: ['funder', 'executor'],
		influence: 3,
		interest: 3,
	},
	yy: {
		title: { zh: 'YY教育', en: 'YY Education' },
		description: { zh: '捐赠图书，提供线上辅导。', en: 'Donates books and offers online tutoring.' },
		sector: 'market',
		actorKind: 'enterprise',
		roles: ['funder', 'executor'],
		influence: 3,
		interest: 4,
	},
	aier: {
		title: { zh: '爱尔医院', en: 'Aier Hospital' },
		description: { zh: '医生志愿者开展眼健康义诊。', en: 'Doctor volunteers run free eye checks.' },
		sector: 'market',
		actorKind: 'hospital',
		roles: ['executor'],
		influence: 3,
		interest: 3,
	},
	salon: {
		title: { zh: '市美发美容行业协会', en: 'City hairdressing & beauty association' },
		description: { zh: '组织会员为老年人义务理发。', en: 'Its members cut older residents’ hair for free.' },
		sector: 'society',
		actorKind: 'association',
		roles: ['executor'],
		influence: 2,
		interest: 3,
	},
	qu: {
		title: { zh: 'Q大学朝阳社工协会', en: 'Q University Zhaoyang Social Work Society' },
		description: { zh: '大学生志愿者参与课业辅导。', en: 'Student volunteers help with homework.' },
		sector: 'society',
		actorKind: 'university',
		roles: ['executor'],
		influence: 2,
		interest: 4,
	},
	kongzhu: {
		title: { zh: 'L区空竹运动协会', en: 'L District Diabolo Association' },
		description: { zh: '传授空竹技艺。', en: 'Teaches the diabolo (kongzhu).' },
		sector: 'society',
		actorKind: 'communityOrg',
		roles: ['executor'],
		influence: 2,
		interest: 3,
	},
	crafts: {
		title: { zh: '传统文化传承人', en: 'Traditional craftspeople' },
		description: {
			zh: '空竹、糖画、剪纸、木版年画、木旋玩具手艺人。',
			en: 'Craftspeople for diabolo, sugar painting, paper cutting, woodblock New Year prints and turned wooden toys.',
		},
		sector: 'society',
		actorKind: 'craftsperson',
		roles: ['executor'],
		influence: 1,
		interest: 3,
	},
	party: {
		title: { zh: '社区党员', en: 'Party members' },
		description: {
			zh: '100 余名党员和 3 个“双报到”单位。',
			en: '100+ party members and 3 units registered in the community (双报到).',
		},
		sector: 'residents',
		actorKind: 'partyMember',
		roles: ['executor'],
		influence: 3,
		interest: 4,
	},
	hongxin: {
		title: { zh: '红心闪闪志愿服务队', en: 'Red Heart volunteer team' },
		description: { zh: '居民志愿服务队。', en: 'A residents’ volunteer team.' },
		sector: 'residents',
		actorKind: 'volunteerTeam',
		roles: ['executor'],
		influence: 2,
		interest: 5,
	},
	wenyi: {
		title: { zh: '文艺宣传队', en: 'Arts troupe' },
		description: { zh: '居民文艺志愿队。', en: 'Residents’ performing-arts volunteers.' },
		sector: 'residents',
		actorKind: 'volunteerTeam',
		roles: ['executor'],
		influence: 2,
		interest: 4,
	},
	wuye: {
		title: { zh: '物业服务队', en: 'Property service team' },
		description: { zh: '居民物业志愿队。', en: 'Residents’ property-care volunteers.' },
		sector: 'residents',
		actorKind: 'volunteerTeam',
		roles: ['executor'],
		influence: 2,
		interest: 4,
	},
	yanglao: {
		title: { zh: '养老救护服务队', en: 'Elderly care & first-aid team' },
		description: { zh: '居民养老与救护志愿队。', en: 'Residents’ elderly-care and first-aid volunteers.' },
		sector: 'residents',
		actorKind: 'volunteerTeam',
		roles: ['executor'],
		influence: 2,
		interest: 5,
	},
} satisfies Record<string, ExampleActor>

/** The key of an actor of the case. */
export type ExampleActorKey = keyof typeof EXAMPLE_ACTORS
