import { derivePlan } from '../plan/derivePlan'
import { cardRecord, documentRecord, linkRecords } from '../plan/planTestRecords'
import type { Plan, PlanLang } from '../plan/planTypes'
import type { PlainRecord } from '../ydocLayout'

/**
 * A small board with every part of a 项目计划书 filled in — 计划书信息, needs, resources
 * of the three sectors, actors, two projects with activities, cash and in-kind budget
 * lines, risks, indicators (one reported, one not), dispatch roles and a dated trail,
 * allocations with mechanisms and strategies — for the export tests.
 */
export function fullPlanRecords(): PlainRecord[] {
	const homework = cardRecord('need', 'homework', {
		title: '青少年周末课业辅导',
		category: 'services',
		targetGroup: '青少年',
		beneficiaries: 120,
		urgency: 'high',
		source: 'survey',
	})
	const haircut = cardRecord('need', 'haircut', {
		title: '老年人理发',
		targetGroup: '老年人',
		urgency: 'medium',
		source: 'visit',
	})
	const lonely = cardRecord('need', 'lonely', { title: '独居老人陪伴', targetGroup: '老年人', urgency: 'low' })
	const funds = cardRecord('resource', 'funds', {
		title: '政府购买服务资金',
		sector: 'government',
		resourceType: 'funds',
		provider: '街道办事处',
		quantity: 200000,
		unit: '元',
		contact: '0531-0000000',
	})
	const books = cardRecord('resource', 'books', {
		title: '图书',
		sector: 'market',
		resourceType: 'materials',
		provider: 'YY教育',
		quantity: 300,
		unit: '册',
	})
	const students = cardRecord('resource', 'students', {
		title: '大学生志愿者',
		sector: 'society',
		resourceType: 'volunteers',
		provider: 'Q大学朝阳社工协会',
		quantity: 20,
		unit: '人',
	})
	const barbers = cardRecord('resource', 'barbers', {
		title: '美发师志愿者',
		sector: 'society',
		resourceType: 'skills',
		provider: '市美发美容行业协会',
	})
	const org = cardRecord('actor', 'p', {
		title: 'P社工机构',
		sector: 'society',
		actorKind: 'socialWorkOrg',
		roles: ['coordinator', 'executor'],
		contact: '0531-1234567',
	})
	const street = cardRecord('actor', 'street', {
		title: '街道办事处',
		sector: 'government',
		actorKind: 'subdistrict',
		roles: ['publisher', 'funder'],
	})
	const committee = cardRecord('actor', 'committee', {
		title: 'C社区两委',
		sector: 'government',
		actorKind: 'communityCommittee',
		roles: ['applicant'],
	})
	const classroom = cardRecord('project', 'classroom', {
		title: '青阳课堂',
		goal: '周末为青少年提供课业辅导',
		targetGroup: '青少年',
		directBeneficiaries: 120,
		indirectBeneficiaries: 360,
		status: 'executing',
		leadActor: 'P社工机构',
		partners: ['C社区两委'],
		startDate: '2026-03-01',
		endDate: '2026-12-31',
		activities: [
			{
				date: '2026-03-07',
				content: '开班仪式',
				place: '新时代文明实践站',
				owner: 'P社工机构',
				participants: '青少年 40 人',
			},
			{
				date: '2026-04-11',
				content: '周末辅导',
				place: '新时代文明实践站',
				owner: '大学生志愿者',
				participants: '青少年 30 人',
			},
		],
		budget: [
			{
				category: 'personnel',
				item: '辅导老师补贴',
				quantity: 40,
				unit: '次',
				unitPrice: 500,
				amount: null,
				source: 'govPurchase',
				form: 'cash',
			},
			{
				category: 'materials',
				item: '图书',
				quantity: 300,
				unit: '册',
				unitPrice: 30,
				amount: null,
				source: 'donation',
				form: 'inKind',
			},
			{
				category: 'volunteerTime',
				item: '大学生志愿服务',
				quantity: 400,
				unit: '小时',
				unitPrice: null,
				amount: null,
				source: 'selfRaised',
				form: 'inKind',
			},
		],
		indicators: [
			{ name: '参与青少年人次', dimension: 'effectiveness', baseline: 60, target: 120, actual: null, unit: '人次' },
			{ name: '家长满意度', dimension: 'effectiveness', baseline: null, target: 90, actual: 92, unit: '%' },
		],
		risks: [{ risk: '志愿者流失', response: '与高校签订合作协议，建立志愿者梯队' }],
		publisher: '街道办事处',
		applicant: 'C社区两委',
		coordinator: 'P社工机构',
		executor: 'P社工机构',
		dispatchTrail: [
			{ stage: 'published', date: '2026-02-10', by: '街道办事处', note: '' },
			{ stage: 'applied', date: '2026-02-20', by: 'C社区两委', note: '' },
		],
	})
	const haircutProject = cardRecord('project', 'haircutProject', {
		title: '爱心义剪',
		goal: '为行动不便的老年人义务理发',
		targetGroup: '老年人',
		directBeneficiaries: 80,
		status: 'coordinating',
		leadActor: 'P社工机构',
		startDate: '2026-04-01',
		endDate: '2026-10-31',
		budget: [
			{
				category: 'activity',
				item: '理发工具',
				quantity: 1,
				unit: '套',
				unitPrice: 3000,
				amount: null,
				source: 'enterprise',
				form: 'cash',
			},
		],
	})
	return [
		documentRecord({
			projectName: '邻里纽带·C社区营造计划',
			applicantOrg: 'P社工机构',
			applicantProfile: 'P社工机构成立于2015年，2021年获评4A级社会组织。',
			executingOrg: 'P社工机构',
			contactPerson: '王社工',
			periodStart: '2026-03-01',
			periodEnd: '2026-12-31',
			requestedAmount: 20000,
			communityProfile: 'C社区为回迁社区，居民2万余人。',
			communityPopulation: 20000,
			positioning: '以社区营造为方向：居民共享、社区共融、组织共建。',
			overallGoal: '整合政府、市场、社会资源，回应社区青少年与老年人的需求。',
		}),
		homework,
		haircut,
		lonely,
		funds,
		books,
		students,
		barbers,
		org,
		street,
		committee,
		classroom,
		haircutProject,
		...linkRecords('l1', funds, classroom, {
			meta: { mechanism: 'administrative', strategy: 'purchaseService', quantity: 20000, unit: '元' },
		}),
		...linkRecords('l2', books, classroom, {
			meta: { mechanism: 'social', strategy: 'trust', quantity: 300, unit: '册' },
		}),
		...linkRecords('l3', students, homework, {
			meta: { mechanism: 'social', strategy: 'volunteer', quantity: 20, unit: '人' },
		}),
		...linkRecords('l4', barbers, haircutProject, { meta: { mechanism: 'social', strategy: 'volunteer' } }),
		...linkRecords('l5', classroom, homework),
		...linkRecords('l6', haircutProject, haircut),
		...linkRecords('l7', org, students),
	]
}

/** The plan of `fullPlanRecords()`, dated 6 December 2026. */
export function fullPlan(opts: { includePrivate?: boolean } = {}): Plan {
	return derivePlan(fullPlanRecords(), {
		title: '幸福社区',
		includePrivate: opts.includePrivate ?? false,
		now: Date.UTC(2026, 11, 6, 4),
	})
}

/** The languages every export test runs in. */
export const PLAN_LANGS: readonly PlanLang[] = ['zh', 'en']
