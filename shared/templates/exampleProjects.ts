import type { ProjectProps } from '../domain/cardProps'
import type { BudgetCategory, BudgetForm, BudgetSource, DispatchStatus, IndicatorDimension } from '../domain/enums'
import type { ExampleActorKey } from './exampleActors'
import type { LocalizedText } from './templateTypes'

/** One row of a project's 活动安排. */
export interface ExampleActivity {
	date: string
	content: LocalizedText
	place: LocalizedText
	owner: ExampleActorKey
	participants: LocalizedText
}

/** One budget line of a project, for the plan's period only. */
export interface ExampleBudgetLine {
	category: BudgetCategory
	item: LocalizedText
	quantity: number
	unit: LocalizedText
	/** Null on volunteer time valued at the board's hourly value. */
	unitPrice: number | null
	source: BudgetSource
	form: BudgetForm
}

/**
 * One indicator: 基线 → 目标; no 实际 yet in a forward plan. The baseline is the 2023 result
 * where the article gives one (`baselineFromArticle`), else an illustrative estimate of the
 * situation before the plan (listed on the card as 示例数据 with the targets).
 */
export interface ExampleIndicator {
	name: LocalizedText
	dimension: IndicatorDimension
	baseline: number | null
	/** True when the baseline is a figure of the article (the 2023 results). */
	baselineFromArticle?: true
	target: number
	unit: LocalizedText
}

/** One risk and its response. */
export interface ExampleRisk {
	risk: LocalizedText
	response: LocalizedText
}

/** One dated step of a project through the 活动调度中心. */
export interface ExampleDispatchStep {
	stage: DispatchStatus
	date: string
	by: ExampleActorKey
	note: LocalizedText
}

/** One project (项目) of the case, as planned for the plan's period. */
export interface ExampleProject {
	title: LocalizedText
	goal: LocalizedText
	/** What the article says about the project. */
	description: LocalizedText
	targetGroup: LocalizedText
	status: DispatchStatus
	lead: ExampleActorKey
	partners: ExampleActorKey[]
	directBeneficiaries: number
	indirectBeneficiaries: number
	startDate: string
	endDate: string
	/** The government funds that pay its 政府购买 lines. */
	funds: 'streetFunds' | 'courtFunds'
	activities: ExampleActivity[]
	budget: ExampleBudgetLine[]
	indicators: ExampleIndicator[]
	risks: ExampleRisk[]
	/** The dispatch roles: 发布方 is always the 活动调度中心, 申请方 C社区两委, 统筹方 P; 执行方 varies. */
	executor: ExampleActorKey
	dispatchTrail: ExampleDispatchStep[]
	/** Fields whose values are illustrative, not from the article (listed on the card as 示例数据). */
	illustrative: (keyof ProjectProps)[]
}

function L(zh: string, en: string): LocalizedText {
	return { zh, en }
}

const YOUTH = L('青少年', 'Youth')
const ELDERLY = L('老年人', 'Elderly')
const ALL = L('全体居民', 'All residents')

const STATION = L('文明实践站', 'Civilisation practice station')
const PLAZA = L('文化广场', 'Culture square')
const OFFICE = L('社工独立办公空间', 'Social workers’ office')
const LIBRARY = L('社区图书室', 'Community library')
const LAW_GALLERY = L('法治长廊', 'Rule-of-law gallery')
const ONLINE = L('线上（云平台）', 'Online (cloud platform)')
const BUILDINGS = L('各网格居民楼', 'Apartment buildings in every grid')

const MONTHS = L('月', 'months')
const TIMES = L('次', 'times')
const HOURS = L('小时', 'hours')
const PEOPLE = L('人', 'people')
const PERSON_TIMES = L('人次', 'attendances')
const PERCENT = L('%', '%')

/** A cash line paid from government purchase (政府购买). */
function gov(
	category: BudgetCategory,
	item: LocalizedText,
	quantity: number,
	unit: LocalizedText,
	unitPrice: number,
): ExampleBudgetLine {
	return { category, item, quantity, unit, unitPrice, source: 'govPurchase', form: 'cash' }
}

/** Goods or services a company gives, valued in 元 (企业配套, in kind). */
function company(
	category: BudgetCategory,
	item: LocalizedText,
	quantity: number,
	unit: LocalizedText,
	unitPrice: number,
): ExampleBudgetLine {
	return { category, item, quantity, unit, unitPrice, source: 'enterprise', form: 'inKind' }
}

/**
 * Volunteer hours (in kind): residents' and organisations' as 社会捐赠, companies' employees'
 * as 企业配套; at `unitPrice` 元 an hour for professionals, else at the board's hourly value.
 */
function volunteerHours(
	item: LocalizedText,
	hours: number,
	unitPrice: number | null = null,
	source: BudgetSource = 'donation',
): ExampleBudgetLine {
	return { category: 'volunteerTime', item, quantity: hours, unit: HOURS, unitPrice, source, form: 'inKind' }
}

/** The fields of a planned project the article gives no figures for. */
const PLANNED: (keyof ProjectProps)[] = [
	'startDate',
	'endDate',
	'directBeneficiaries',
	'indirectBeneficiaries',
	'activities',
	'budget',
	'indicators',
	'risks',
	'dispatchTrail',
]

/** The three batches the 活动调度中心 published the plan's projects in (illustrative dates). */
function trail(batch: 1 | 2 | 3, coordinating?: LocalizedText): ExampleDispatchStep[] {
	const published: Record<1 | 2 | 3, string> = { 1: '2026-10-15', 2: '2026-11-02', 3: '2026-11-30' }
	const steps: ExampleDispatchStep[] = [
		{
			stage: 'published',
			date: published[batch],
			by: 'dispatch',
			note: L('调度中心发布2027年度项目', 'The centre published the 2027 project'),
		},
	]
	if (batch === 3) return steps
	steps.push({
		stage: 'applied',
		date: batch === 1 ? '2026-10-22' : '2026-11-12',
		by: 'committee',
		note: L('C社区申请承接', 'C community applied'),
	})
	if (coordinating) steps.push({ stage: 'coordinating', date: '2026-11-05', by: 'p', note: coordinating })
	return steps
}

/**
 * The projects of the plan (2027), in the order they are laid out in their dispatch-status
 * lane. Each one serves at least one need (exampleLinks.ts) and runs through the 活动调度中心
 * (发布 → 申请 → 统筹 → 执行), which is not a project itself.
 */
export const EXAMPLE_PROJECTS = {
	classroom: {
		title: L('青阳课堂', 'Qingyang Classroom'),
		goal: L(
			'为社区青少年提供周末课业辅导和兴趣小组，培养表达力与执行力：全年开展周末课堂60次。',
			'Weekend homework help and hobby groups that build youths’ confidence in speaking and getting things done: 60 weekend classes in the year.',
		),
		description: L(
			'青阳课堂是P机构为社区青少年办的周末课业辅导和兴趣小组；线上辅导来自与YY教育的合作，大学生志愿者来自Q大学朝阳社工协会。',
			'The Qingyang Classroom is P’s weekend homework help and hobby groups for the community’s youths; YY Education adds online tutoring and the Zhaoyang Social Work Society of Q University sends student volunteers.',
		),
		targetGroup: YOUTH,
		status: 'coordinating',
		lead: 'p',
		partners: ['qu', 'yy', 'committee', 'bigParty'],
		directBeneficiaries: 120,
		indirectBeneficiaries: 240,
		startDate: '2027-03-06',
		endDate: '2027-12-25',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-03-06',
				content: L('春季学期周末课业辅导（每周六上午）', 'Spring term weekend homework help (Saturday mornings)'),
				place: STATION,
				owner: 'p',
				participants: L('社区青少年约60人，大学生志愿者8人', 'About 60 youths, 8 student volunteers'),
			},
			{
				date: '2027-04-10',
				content: L(
					'兴趣小组：阅读分享与表达训练（使用捐赠图书）',
					'Hobby group: reading and speaking (with the donated books)',
				),
				place: LIBRARY,
				owner: 'qu',
				participants: L('青少年约30人', 'About 30 youths'),
			},
			{
				date: '2027-09-11',
				content: L('秋季学期课业辅导：线下课堂与线上辅导结合', 'Autumn term: classes on site and online tutoring'),
				place: STATION,
				owner: 'yy',
				participants: L('青少年约60人', 'About 60 youths'),
			},
		],
		budget: [
			gov('personnel', L('驻点社工（课堂组织与辅导）', 'Social worker on site (classes)'), 10, MONTHS, 2000),
			gov('materials', L('学习用品与兴趣小组材料', 'Study and hobby-group materials'), 120, PEOPLE, 50),
			gov('publicity', L('课堂成果展示', 'Showing the classes’ work'), 2, TIMES, 1000),
			company('materials', L('捐赠图书（折价）', 'Donated books (valued)'), 300, L('册', 'books'), 30),
			company('other', L('线上辅导（折价）', 'Online tutoring (valued)'), 40, L('课时', 'lessons'), 100),
			volunteerHours(L('大学生志愿者辅导', 'Student volunteers’ tutoring'), 640),
		],
		indicators: [
			{
				name: L('周末课堂开展次数', 'Weekend classes held'),
				dimension: 'efficiency',
				baseline: 40,
				target: 60,
				unit: TIMES,
			},
			{
				name: L('参与青少年人次', 'Youth attendances'),
				dimension: 'effectiveness',
				baseline: 1600,
				target: 2400,
				unit: PERSON_TIMES,
			},
			{
				name: L('家长满意度', 'Parents’ satisfaction'),
				dimension: 'effectiveness',
				baseline: 85,
				target: 90,
				unit: PERCENT,
			},
			{ name: L('志愿服务时长', 'Volunteer hours'), dimension: 'efficiency', baseline: 400, target: 640, unit: HOURS },
		],
		risks: [
			{
				risk: L('学生周末出勤不稳定', 'Irregular weekend attendance'),
				response: L(
					'开课前与家长确认报名，按年级分组；连续两次缺席由社工电话了解原因',
					'Confirm sign-ups with parents before term and group by grade; a social worker calls after two missed classes',
				),
			},
			{
				risk: L('大学生志愿者在考试周和假期断档', 'Student volunteers away in exam weeks and holidays'),
				response: L(
					'与Q大学朝阳社工协会提前排班，每次课至少1名社工在场',
					'Plan the rota with the Zhaoyang Social Work Society ahead; at least one social worker at every class',
				),
			},
		],
		executor: 'p',
		dispatchTrail: trail(
			1,
			L(
				'对接Q大学朝阳社工协会和YY教育，排定春季课表',
				'Lined up the student volunteers and YY Education; set the spring timetable',
			),
		),
		illustrative: PLANNED,
	},
	incubation: {
		title: L(
			'组织共建：社区社会组织孵化与青年骨干赋能',
			'Building organisations together: incubation and young leaders',
		),
		goal: L(
			'孵化培育社区社会组织并帮助其规范运作，开展社区青年骨干赋能课堂，让居民从服务对象成为志愿者和组织者：新孵化5家、完善章程5份、赋能课堂30场次。',
			'Incubate community organisations and help them run soundly, and train young community leaders, so residents become volunteers and organisers: 5 new organisations, 5 charters, 30 training sessions.',
		),
		description: L(
			'对应项目定位中的“组织共建”。基线取2023年度的实际成果：当年P机构孵化了4家社区社会组织，帮助完善了4份章程，办了25场社区青年骨干赋能课堂。',
			'The “organisations built together” part of the positioning. Baselines are the 2023 results: that year P incubated 4 community organisations, helped complete 4 charters and held 25 sessions of the young community leaders’ training.',
		),
		targetGroup: L('社区青年骨干、志愿者', 'Young community leaders, volunteers'),
		status: 'coordinating',
		lead: 'p',
		partners: ['committee', 'party', 'ym'],
		directBeneficiaries: 200,
		indirectBeneficiaries: 1000,
		startDate: '2027-03-20',
		endDate: '2027-12-18',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-03-20',
				content: L('社区青年骨干赋能课堂（全年30场次）', 'Young community leaders’ training (30 sessions in the year)'),
				place: STATION,
				owner: 'p',
				participants: L('社区青年骨干、志愿团队负责人约40人', 'About 40 young leaders and volunteer-team heads'),
			},
			{
				date: '2027-05-22',
				content: L(
					'社区社会组织孵化工作坊：章程与规范运作（企业志愿者分享管理经验）',
					'Incubation workshop: charters and sound running (company volunteers share management experience)',
				),
				place: OFFICE,
				owner: 'p',
				participants: L('拟孵化组织骨干约15人', 'About 15 leaders of organisations being incubated'),
			},
			{
				date: '2027-10-16',
				content: L('社区社会组织成果展示与规范化评估', 'Community organisations show their work and are reviewed'),
				place: PLAZA,
				owner: 'committee',
				participants: L('社区社会组织及居民约200人', 'Community organisations and about 200 residents'),
			},
		],
		budget: [
			gov('personnel', L('驻点社工（孵化辅导）', 'Social worker on site (incubation)'), 10, MONTHS, 2000),
			gov('personnel', L('赋能课堂讲师费', 'Trainers for the leaders’ sessions'), 30, L('场', 'sessions'), 400),
			gov('activity', L('孵化工作坊与成果展示', 'Incubation workshops and showcase'), 4, TIMES, 1500),
			gov(
				'management',
				L('组织规范化辅导（章程、财务制度）', 'Coaching on charters and bookkeeping'),
				5,
				L('家', 'organisations'),
				1000,
			),
			volunteerHours(L('企业管理经验分享', 'Company volunteers sharing management experience'), 8, 200, 'enterprise'),
			volunteerHours(L('党员骨干志愿服务', 'Party-member volunteers'), 300),
		],
		indicators: [
			{
				name: L('孵化社区社会组织', 'Community organisations incubated'),
				dimension: 'effectiveness',
				baseline: 4,
				baselineFromArticle: true,
				target: 5,
				unit: L('家', 'organisations'),
			},
			{
				name: L('完善组织章程文本', 'Charters completed'),
				dimension: 'effectiveness',
				baseline: 4,
				baselineFromArticle: true,
				target: 5,
				unit: L('份', 'charters'),
			},
			{
				name: L('社区青年骨干赋能课堂', 'Young community leaders’ training sessions'),
				dimension: 'effectiveness',
				baseline: 25,
				baselineFromArticle: true,
				target: 30,
				unit: L('场次', 'sessions'),
			},
			{ name: L('志愿服务时长', 'Volunteer hours'), dimension: 'efficiency', baseline: null, target: 308, unit: HOURS },
		],
		risks: [
			{
				risk: L('骨干流失，孵化的组织难以持续', 'Leaders drop out and new organisations fade'),
				response: L(
					'以兴趣和社区议题凝聚骨干并年度表彰；组织由骨干轮值负责，社工逐步转为督导',
					'Hold leaders together with shared interests and community issues, with yearly recognition; leaders take turns running each organisation while social workers step back to supervise',
				),
			},
			{
				risk: L('组织规范化不足（章程、财务）', 'Organisations not run soundly (charters, money)'),
				response: L(
					'企业志愿者分享管理经验，逐一辅导章程和财务制度，年底评估',
					'Company volunteers share management experience; coach each charter and bookkeeping system; review at year end',
				),
			},
		],
		executor: 'p',
		dispatchTrail: trail(
			1,
			L('与社区党员骨干、YM交投集团商定工作坊安排', 'Agreed the workshops with Party-member leaders and YM Group'),
		),
		illustrative: PLANNED,
	},
	caoStudio: {
		title: L('老曹工作室', 'Lao Cao Studio'),
		goal: L(
			'让社工、社区工作者（含专职网格员）和志愿者更专业、更会协作：全年培训和督导12场。',
			'Build the skills and teamwork of social workers, community workers (grid workers included) and volunteers: 12 training and supervision sessions in the year.',
		),
		description: L(
			'老曹工作室由P机构和C社区合办，面向社工、社区工作者和志愿者，帮助他们提高专业水平、学会彼此配合。',
			'Lao Cao Studio is run jointly by P and C community for social workers, community workers and volunteers, to raise their skills and help them work together.',
		),
		targetGroup: L('社区工作者、网格员、志愿者', 'Community workers, grid workers, volunteers'),
		status: 'coordinating',
		lead: 'p',
		partners: ['committee', 'grid'],
		directBeneficiaries: 40,
		indirectBeneficiaries: 1000,
		startDate: '2027-03-04',
		endDate: '2027-11-25',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-03-04',
				content: L(
					'网格员、社区工作者专题培训：信息采集、政策宣传、矛盾调解',
					'Training for grid and community workers: data collection, explaining policy, mediation',
				),
				place: OFFICE,
				owner: 'p',
				participants: L('专职网格员、社区工作者约30人', 'About 30 grid and community workers'),
			},
			{
				date: '2027-06-10',
				content: L('案例督导：复杂诉求与矛盾纠纷处理', 'Case supervision: complex requests and disputes'),
				place: OFFICE,
				owner: 'p',
				participants: L('社区工作者、社工约20人', 'About 20 community and social workers'),
			},
			{
				date: '2027-09-09',
				content: L('志愿服务队骨干服务技能培训', 'Service skills for volunteer-team leaders'),
				place: STATION,
				owner: 'p',
				participants: L('各志愿服务队骨干约30人', 'About 30 volunteer-team leaders'),
			},
		],
		budget: [
			gov('personnel', L('培训讲师与督导', 'Trainers and supervisors'), 12, L('场', 'sessions'), 600),
			gov('personnel', L('驻点社工（工作室运营）', 'Social worker on site (studio)'), 9, MONTHS, 1000),
			gov('materials', L('培训资料', 'Training materials'), 40, L('份', 'sets'), 50),
		],
		indicators: [
			{
				name: L('培训与督导场次', 'Training and supervision sessions'),
				dimension: 'efficiency',
				baseline: 8,
				target: 12,
				unit: L('场', 'sessions'),
			},
			{
				name: L('参训人次', 'Trainee attendances'),
				dimension: 'effectiveness',
				baseline: 180,
				target: 300,
				unit: PERSON_TIMES,
			},
			{
				name: L('参训人员满意度', 'Trainees’ satisfaction'),
				dimension: 'effectiveness',
				baseline: 85,
				target: 90,
				unit: PERCENT,
			},
		],
		risks: [
			{
				risk: L('工作繁忙，参训率低', 'Busy workers miss training'),
				response: L(
					'与两委商定固定培训日，安排在工作日下午，每次不超过2小时',
					'Fix a training day with the committees: weekday afternoons, two hours at most',
				),
			},
			{
				risk: L('培训与实际工作脱节', 'Training far from daily work'),
				response: L(
					'用本社区真实案例做教材，培训后一个月跟进应用情况',
					'Teach with the community’s own cases; follow up a month later on how it is used',
				),
			},
		],
		executor: 'p',
		dispatchTrail: trail(
			1,
			L('与两委商定培训日和参训名单', 'Agreed the training day and trainees with the committees'),
		),
		illustrative: PLANNED,
	},
	relay: {
		title: L('居民诉求直通车', 'Residents’ requests relay'),
		goal: L(
			'经云平台社工服务板块收集居民诉求，写成需求报告报送L区和街道，在Q市年度社会工作研讨会上反映，并把政府部门的处理结果反馈给居民：全年回复诉求200件。',
			'Gather residents’ requests through the social-work section of the cloud platform, report them to L District and the sub-district, raise them at Q City’s annual social-work forum, and bring the answers back to residents: 200 requests answered in the year.',
		),
		description: L(
			'P机构经C社区云平台听取居民意见，把需求写进项目计划书报送L区，在Q市一年一度的社会工作研讨会上反映情况，再把政府部门的答复带回给居民——一条由下而上、再回到居民的渠道。项目名称为示例。',
			'P hears residents through C community’s cloud platform, puts their needs into the project plans it sends to L District, raises them at Q City’s yearly social-work forum, and brings the government’s answers back — a channel from residents up and back again. The project’s name is an example.',
		),
		targetGroup: ALL,
		status: 'coordinating',
		lead: 'p',
		partners: ['committee', 'grid', 'street', 'district'],
		directBeneficiaries: 2000,
		indirectBeneficiaries: 1000,
		startDate: '2027-01-04',
		endDate: '2027-12-31',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-01-04',
				content: L(
					'云平台社工服务板块：每月汇总居民诉求，逐条回复办理进度',
					'Cloud platform: gather requests every month and answer each with its progress',
				),
				place: ONLINE,
				owner: 'p',
				participants: ALL,
			},
			{
				date: '2027-06-30',
				content: L(
					'半年需求报告报送L区和街道（含老厂家属院充电桩）',
					'Half-year needs report to L District and the sub-district (charging points included)',
				),
				place: L('街道办事处', 'Sub-district office'),
				owner: 'p',
				participants: L('L区、街道相关部门', 'L District and sub-district departments'),
			},
			{
				date: '2027-11-19',
				content: L(
					'在Q市年度社会工作研讨会上反映社区需求',
					'Raise the community’s needs at Q City’s social-work forum',
				),
				place: L('Q市年度社会工作研讨会', 'Q City social-work forum'),
				owner: 'p',
				participants: L('市、区民政部门及社会组织', 'City and district civil-affairs bureaus, social organisations'),
			},
		],
		budget: [
			gov('personnel', L('驻点社工（诉求收集与整理）', 'Social worker on site (requests)'), 12, MONTHS, 1500),
			gov('publicity', L('需求报告印制', 'Printing the needs reports'), 2, TIMES, 500),
			gov('activity', L('居民反馈会', 'Residents’ feedback meetings'), 4, TIMES, 500),
		],
		indicators: [
			{
				name: L('回复的居民诉求', 'Requests answered'),
				dimension: 'effectiveness',
				baseline: 120,
				target: 200,
				unit: L('件', 'requests'),
			},
			{
				name: L('诉求回复率', 'Share of requests answered'),
				dimension: 'effectiveness',
				baseline: 75,
				target: 95,
				unit: PERCENT,
			},
			{
				name: L('报送需求报告', 'Needs reports submitted'),
				dimension: 'efficiency',
				baseline: 1,
				target: 2,
				unit: L('份', 'reports'),
			},
		],
		risks: [
			{
				risk: L('诉求长期没有回音，居民失去信任', 'Requests go unanswered and residents lose trust'),
				response: L(
					'每条诉求标明办理进度并每月公开；一个月未办结的在需求报告中单列',
					'Show every request’s progress and publish it monthly; list requests open for over a month separately in the report',
				),
			},
			{
				risk: L('居民个人信息外泄', 'Residents’ personal data leaks'),
				response: L(
					'按云平台权限管理，报告只用汇总数据',
					'Use the platform’s access rights; reports carry totals only',
				),
			},
		],
		executor: 'p',
		dispatchTrail: trail(1, L('与社区两委确定云平台回复流程', 'Agreed how requests are answered with the committees')),
		illustrative: [...PLANNED, 'title'],
	},
	redScarf: {
		title: L('青阳红领巾志愿服务队', 'Qingyang Red Scarves volunteer team'),
		goal: L(
			'把参加服务的青少年组织成志愿服务队，向居民科普垃圾分类和安全知识，实现从服务对象到志愿者的转变：队员30人，入户科普500户。',
			'Turn the youths the project serves into a volunteer team that teaches residents waste sorting and safety: 30 members, 500 households visited.',
		),
		description: L(
			'青阳红领巾是P机构从所服务的青少年中组建的志愿服务队，由孩子们向居民讲解垃圾分类和安全知识。',
			'The Qingyang Red Scarves are a volunteer team P formed from the youths it serves; the children explain waste sorting and safety to residents.',
		),
		targetGroup: L('青少年志愿者；全体居民', 'Youth volunteers; all residents'),
		status: 'applied',
		lead: 'p',
		partners: ['wuye', 'zs', 'grid'],
		directBeneficiaries: 1000,
		indirectBeneficiaries: 2000,
		startDate: '2027-04-17',
		endDate: '2027-11-30',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-04-17',
				content: L('招募与培训红领巾队员：垃圾分类、消防安全', 'Recruit and train members: waste sorting, fire safety'),
				place: STATION,
				owner: 'p',
				participants: L('青少年队员30人', '30 youth members'),
			},
			{
				date: '2027-05-15',
				content: L(
					'楼道与入户垃圾分类科普（成人志愿者带队）',
					'Waste-sorting visits to stairwells and homes (led by adult volunteers)',
				),
				place: BUILDINGS,
				owner: 'wuye',
				participants: L(
					'队员30人、物业服务队志愿者10人，居民约500户',
					'30 members, 10 property-team volunteers, about 500 households',
				),
			},
			{
				date: '2027-11-13',
				content: L('消防安全科普与器材演示', 'Fire safety talk and equipment demonstration'),
				place: PLAZA,
				owner: 'zs',
				participants: L('居民约200人', 'About 200 residents'),
			},
		],
		budget: [
			gov('personnel', L('社工督导', 'Social worker supervision'), 8, MONTHS, 1000),
			gov('materials', L('队服、袖标与科普折页', 'Team shirts, armbands and leaflets'), 30, L('套', 'sets'), 80),
			gov('activity', L('入户科普活动组织', 'Organising the home visits'), 6, TIMES, 500),
			gov('other', L('志愿者活动意外保险', 'Accident insurance for volunteers'), 40, PEOPLE, 30),
			company('materials', L('捐赠消防器材（折价）', 'Donated fire equipment (valued)'), 20, L('件', 'items'), 150),
			volunteerHours(L('红领巾队员与物业服务队志愿服务', 'Red Scarves and property-team volunteering'), 480),
		],
		indicators: [
			{
				name: L('红领巾志愿队员', 'Red Scarves members'),
				dimension: 'effectiveness',
				baseline: 18,
				target: 30,
				unit: PEOPLE,
			},
			{
				name: L('入户科普户数', 'Households visited'),
				dimension: 'effectiveness',
				baseline: 300,
				target: 500,
				unit: L('户', 'households'),
			},
			{ name: L('志愿服务时长', 'Volunteer hours'), dimension: 'efficiency', baseline: 280, target: 480, unit: HOURS },
		],
		risks: [
			{
				risk: L('未成年人入户的安全风险', 'Safety of minors visiting homes'),
				response: L(
					'不单独入户，每组由成人志愿者带队；为队员购买活动意外保险',
					'Never alone: every group is led by an adult volunteer; members are insured',
				),
			},
			{
				risk: L('部分居民不配合', 'Some residents do not cooperate'),
				response: L(
					'网格员提前告知，先从楼长和熟悉的家庭开始',
					'Grid workers announce the visits; start with building heads and families who know the team',
				),
			},
		],
		executor: 'p',
		dispatchTrail: trail(2),
		illustrative: PLANNED,
	},
	eyeCare: {
		title: L('眼健康义诊', 'Free eye checks'),
		goal: L(
			'为老年人和外卖小哥等新就业群体免费检查视力和白内障、讲解用眼护眼知识，需复查者转介就医：筛查380人。',
			'Free sight and cataract checks and eye-care advice for older residents and delivery riders, with referrals where needed: 380 people screened.',
		),
		description: L(
			'爱尔医院的医生志愿者来到社区，为老人和外卖骑手等新就业群体免费查视力、查白内障，并讲怎样用眼护眼。',
			'Aier Hospital’s doctor volunteers come to the community to check older residents’ and delivery riders’ sight and cataracts for free and explain eye care.',
		),
		targetGroup: L('老年人、新就业群体', 'Elderly, new-economy workers'),
		status: 'applied',
		lead: 'p',
		partners: ['aier', 'ym', 'committee'],
		directBeneficiaries: 380,
		indirectBeneficiaries: 380,
		startDate: '2027-04-24',
		endDate: '2027-10-31',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-04-24',
				content: L(
					'老年人视力、白内障筛查与护眼讲座',
					'Sight and cataract screening and eye-care talk for older residents',
				),
				place: STATION,
				owner: 'aier',
				participants: L('60岁以上老年人约150人', 'About 150 residents over 60'),
			},
			{
				date: '2027-07-17',
				content: L('新就业群体义诊：视力检查与护眼知识', 'Eye checks and advice for delivery riders'),
				place: STATION,
				owner: 'aier',
				participants: L('外卖小哥等新就业群体约80人', 'About 80 delivery riders and couriers'),
			},
			{
				date: '2027-10-09',
				content: L(
					'重阳节后老年人筛查与复查转介回访',
					'After the Double Ninth festival: more screening, referral follow-ups',
				),
				place: STATION,
				owner: 'p',
				participants: L('老年人约150人及初筛需复查者', 'About 150 older residents and those referred'),
			},
		],
		budget: [
			gov('activity', L('义诊现场组织', 'Running the check-up days'), 3, TIMES, 800),
			gov('publicity', L('义诊通知与宣传', 'Notices and publicity'), 3, TIMES, 300),
			volunteerHours(L('医生志愿者义诊', 'Doctor volunteers'), 72, 200, 'enterprise'),
			volunteerHours(L('企业员工志愿者现场服务', 'Employee volunteers on the day'), 120, null, 'enterprise'),
		],
		indicators: [
			{
				name: L('老年人筛查人数', 'Older residents screened'),
				dimension: 'effectiveness',
				baseline: 200,
				target: 300,
				unit: PEOPLE,
			},
			{
				name: L('新就业群体筛查人数', 'Riders screened'),
				dimension: 'effectiveness',
				baseline: 30,
				target: 80,
				unit: PEOPLE,
			},
			{
				name: L('需复查者回访率', 'Referrals followed up'),
				dimension: 'effectiveness',
				baseline: 60,
				target: 100,
				unit: PERCENT,
			},
		],
		risks: [
			{
				risk: L('筛查出问题后没有后续', 'Problems found but not followed up'),
				response: L(
					'建立复查转介名单，社工逐一回访并联系医院复查',
					'Keep a referral list; social workers call each person and arrange a hospital check',
				),
			},
			{
				risk: L('义诊变成商业推销', 'Check-ups turn into sales'),
				response: L(
					'与医院约定义诊不收费、不推销，社区两委现场监督',
					'Agree with the hospital: no fees, no selling; the committees attend',
				),
			},
		],
		executor: 'aier',
		dispatchTrail: trail(2),
		illustrative: PLANNED,
	},
	haircut: {
		title: L('爱心义剪', 'Free haircuts'),
		goal: L(
			'每月为社区老年人义务理发一次：全年服务300人次。',
			'Free haircuts for older residents once a month: 300 haircuts in the year.',
		),
		description: L(
			'Q市美发美容行业协会和理发师志愿者与P机构一起，免费为社区老人理发。',
			'The Q City hairdressing and beauty association and volunteer hairdressers cut older residents’ hair for free with P.',
		),
		targetGroup: ELDERLY,
		status: 'applied',
		lead: 'p',
		partners: ['salon', 'yanglao'],
		directBeneficiaries: 120,
		indirectBeneficiaries: 240,
		startDate: '2027-02-27',
		endDate: '2027-12-11',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-02-27',
				content: L('理发师志愿者招募与服务规范说明', 'Recruit volunteer hairdressers and agree how they work'),
				place: OFFICE,
				owner: 'salon',
				participants: L('理发师志愿者4人', '4 volunteer hairdressers'),
			},
			{
				date: '2027-03-13',
				content: L(
					'每月第二个周六爱心义剪（全年10次）',
					'Free haircuts on the second Saturday of each month (10 times)',
				),
				place: STATION,
				owner: 'salon',
				participants: L('老年人每次约30人', 'About 30 older residents each time'),
			},
			{
				date: '2027-12-11',
				content: L('年终义剪与满意度回访', 'Year-end haircuts and satisfaction follow-up'),
				place: STATION,
				owner: 'p',
				participants: L('老年人约30人', 'About 30 older residents'),
			},
		],
		budget: [
			gov('materials', L('理发工具消毒与耗材', 'Tool disinfection and supplies'), 10, TIMES, 150),
			gov('publicity', L('义剪通知', 'Notices'), 10, TIMES, 50),
			volunteerHours(L('理发师志愿者服务', 'Volunteer hairdressers'), 120, 60),
			volunteerHours(L('养老救护服务队现场协助', 'Elderly-care team helping on the day'), 120),
		],
		indicators: [
			{
				name: L('义剪服务人次', 'Haircuts given'),
				dimension: 'effectiveness',
				baseline: 200,
				target: 300,
				unit: PERSON_TIMES,
			},
			{
				name: L('老年人满意度', 'Older residents’ satisfaction'),
				dimension: 'effectiveness',
				baseline: 90,
				target: 95,
				unit: PERCENT,
			},
			{ name: L('志愿服务时长', 'Volunteer hours'), dimension: 'efficiency', baseline: 160, target: 240, unit: HOURS },
		],
		risks: [
			{
				risk: L('工具卫生与交叉感染', 'Hygiene of the tools'),
				response: L(
					'工具一人一消毒，患皮肤病者另约时间',
					'Disinfect the tools after each person; skin conditions get a separate slot',
				),
			},
			{
				risk: L('老人在现场跌倒等意外', 'Falls and other accidents on site'),
				response: L(
					'养老救护服务队现场陪护，备急救箱',
					'The elderly-care and first-aid team attends with a first-aid kit',
				),
			},
		],
		executor: 'salon',
		dispatchTrail: trail(2),
		illustrative: PLANNED,
	},
	legal: {
		title: L('法官律师进社区', 'Judges and lawyers in the community'),
		goal: L(
			'开展未成年人法治教育与权益保护，为社区商户提供法律科普：法治课10课时、覆盖学生600人次，商户40家。',
			'Legal education and protection for minors, and plain-language law for merchants: 10 law lessons reaching 600 pupils, 40 merchants.',
		),
		description: L(
			'L区法院和检察院向P机构购买未成年人法治教育与权益保护服务；借着与法院的合作，P机构请法官、律师到社区，给青少年和商户讲法律。',
			'The L District court and procuratorate buy legal education and protection for minors from P; through this cooperation P brings judges and lawyers to the community to explain the law to youths and merchants.',
		),
		targetGroup: L('青少年、商户', 'Youth, merchants'),
		status: 'applied',
		lead: 'p',
		partners: ['court', 'school', 'bigParty'],
		directBeneficiaries: 740,
		indirectBeneficiaries: 1000,
		startDate: '2027-03-15',
		endDate: '2027-11-30',
		funds: 'courtFunds',
		activities: [
			{
				date: '2027-03-15',
				content: L('法治进校园：未成年人法治课（全年10课时）', 'Law at school: lessons for minors (10 in the year)'),
				place: L('寄宿制民办公助学校', 'The boarding school'),
				owner: 'court',
				participants: L('学生约600人次（分年级）', 'About 600 pupil attendances, by grade'),
			},
			{
				date: '2027-06-26',
				content: L(
					'法官、律师进社区：青少年权益保护讲座',
					'Judges and lawyers in the community: talk on minors’ rights',
				),
				place: LAW_GALLERY,
				owner: 'court',
				participants: L('社区青少年及家长约100人', 'About 100 youths and parents'),
			},
			{
				date: '2027-08-21',
				content: L(
					'商户法律科普：合同、消费纠纷与安全经营',
					'Law for merchants: contracts, customer disputes, safe trading',
				),
				place: OFFICE,
				owner: 'court',
				participants: L('社区商户约40家', 'About 40 merchants'),
			},
		],
		budget: [
			gov('personnel', L('社工项目执行', 'Social worker running the project'), 9, MONTHS, 2000),
			gov('activity', L('法治课堂与讲座组织', 'Organising lessons and talks'), 12, L('场', 'sessions'), 1000),
			gov('publicity', L('法治宣传材料', 'Legal-education leaflets'), 1000, L('份', 'copies'), 5),
			volunteerHours(L('律师志愿授课', 'Lawyers teaching as volunteers'), 16, 200),
		],
		indicators: [
			{
				name: L('法治课课时', 'Law lessons given'),
				dimension: 'efficiency',
				baseline: 6,
				target: 10,
				unit: L('课时', 'lessons'),
			},
			{
				name: L('受教育学生人次', 'Pupil attendances'),
				dimension: 'effectiveness',
				baseline: 400,
				target: 600,
				unit: PERSON_TIMES,
			},
			{
				name: L('接受法律科普的商户', 'Merchants reached'),
				dimension: 'effectiveness',
				baseline: 15,
				target: 40,
				unit: L('家', 'merchants'),
			},
		],
		risks: [
			{
				risk: L('与学校教学安排冲突', 'Clashes with the school timetable'),
				response: L('每学期开学前把法治课排入学校课表', 'Put the lessons into the school timetable before each term'),
			},
			{
				risk: L('商户忙于经营，参与少', 'Merchants too busy to come'),
				response: L(
					'安排在上午客流少时，网格员上门邀请，结合商户常见纠纷讲案例',
					'Hold it in quiet morning hours; grid workers invite each shop; teach with merchants’ common disputes',
				),
			},
		],
		executor: 'court',
		dispatchTrail: trail(2),
		illustrative: PLANNED,
	},
	memory: {
		title: L('那年那事那物件', 'Those years, those stories, those things'),
		goal: L(
			'与网格员、志愿者共同运营“那年那事那物件”科普平台，增强居民的身份认同感：全年推送10期。',
			'Run the “Those years, those stories, those things” popular-science platform with grid workers and volunteers, so residents feel they belong: 10 issues in the year.',
		),
		description: L(
			'“那年那事那物件”是P机构和C社区网格员、志愿者一起办的科普平台，让居民更认同自己是这个社区的人。本期内容与活动安排为示例。',
			'“Those years, those stories, those things” is a popular-science platform P runs with C community’s grid workers and volunteers; it helps residents feel they belong here. Its content and activities in this period are an example.',
		),
		targetGroup: ALL,
		status: 'published',
		lead: 'p',
		partners: ['grid', 'hongxin', 'committee'],
		directBeneficiaries: 1500,
		indirectBeneficiaries: 2000,
		startDate: '2027-03-01',
		endDate: '2027-12-31',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-03-11',
				content: L('网格员、志愿者征集科普选题', 'Grid workers and volunteers collect topics'),
				place: L('各网格', 'Every grid'),
				owner: 'grid',
				participants: L('网格员及红心闪闪志愿服务队志愿者约20人', 'About 20 grid workers and Red Heart volunteers'),
			},
			{
				date: '2027-04-01',
				content: L(
					'科普平台每月推送（云平台和社区线上平台）',
					'Monthly issues on the cloud platform and the community’s online channels',
				),
				place: ONLINE,
				owner: 'p',
				participants: ALL,
			},
			{
				date: '2027-09-18',
				content: L('线下科普展示与居民分享会', 'Exhibition and residents’ sharing session'),
				place: STATION,
				owner: 'hongxin',
				participants: L('居民约200人', 'About 200 residents'),
			},
		],
		budget: [
			gov('personnel', L('驻点社工（平台运营）', 'Social worker on site (platform)'), 10, MONTHS, 1000),
			gov(
				'publicity',
				L('科普内容制作（图文、短视频）', 'Making the issues (text, pictures, short videos)'),
				10,
				L('期', 'issues'),
				800,
			),
			gov('materials', L('线下科普展板', 'Exhibition boards'), 10, L('块', 'boards'), 300),
			volunteerHours(L('红心闪闪志愿服务队志愿服务', 'Red Heart team volunteering'), 200),
		],
		indicators: [
			{
				name: L('科普推送期数', 'Issues published'),
				dimension: 'efficiency',
				baseline: 6,
				target: 10,
				unit: L('期', 'issues'),
			},
			{
				name: L('居民参与人次', 'Resident attendances'),
				dimension: 'effectiveness',
				baseline: 1000,
				target: 1500,
				unit: PERSON_TIMES,
			},
			{
				name: L('居民身份认同感（问卷认同比例）', 'Residents who feel they belong (survey)'),
				dimension: 'effectiveness',
				baseline: 65,
				target: 80,
				unit: PERCENT,
			},
		],
		risks: [
			{
				risk: L('内容单一，居民关注度低', 'Dull content, little interest'),
				response: L(
					'选题由网格员从居民身边收集，每期请居民参与投票',
					'Grid workers collect topics from residents, who vote on each issue',
				),
			},
			{
				risk: L('涉及居民个人信息', 'Residents’ personal details'),
				response: L(
					'发布前征得本人同意，不公开姓名住址等信息',
					'Ask consent before publishing; never show names or addresses',
				),
			},
		],
		executor: 'p',
		dispatchTrail: trail(3),
		illustrative: PLANNED,
	},
	festival: {
		title: L('邻里节庆：居民与商户共融', 'Neighbourhood holidays: residents and merchants'),
		goal: L(
			'节假日联合社区商户开展全体居民参与的文娱活动，引入传统技艺，让原住民、租户和商户多往来：全年3次节庆活动、1500人次参与。',
			'Holiday events for all residents together with the community’s merchants, with traditional crafts, so long-time residents, tenants and merchants meet: 3 holiday events, 1,500 attendances.',
		),
		description: L(
			'逢年过节，P机构和社区商户一起为全体居民办文娱活动，并用激励机制吸引商户加入；传承人和L区空竹运动协会带来传统技艺。具体节日与安排为示例。',
			'At holidays P and the community’s merchants hold events for all residents, with incentives that draw merchants in; craftspeople and the L District Diabolo Association bring traditional crafts. The holidays and arrangements here are an example.',
		),
		targetGroup: L('全体居民、商户', 'All residents, merchants'),
		status: 'published',
		lead: 'p',
		partners: ['merchants', 'wenyi', 'crafts', 'kongzhu', 'dualUnits', 'dispatch'],
		directBeneficiaries: 1500,
		indirectBeneficiaries: 1500,
		startDate: '2027-02-21',
		endDate: '2027-09-30',
		funds: 'streetFunds',
		activities: [
			{
				date: '2027-02-21',
				content: L('元宵节：做灯笼、包水饺', 'Lantern Festival: making lanterns and jiaozi'),
				place: STATION,
				owner: 'p',
				participants: L('居民约300人、商户10家', 'About 300 residents, 10 merchants'),
			},
			{
				date: '2027-06-09',
				content: L(
					'端午节：包粽子与传统技艺体验（空竹、糖画、剪纸、木版年画、木旋玩具）',
					'Dragon Boat Festival: rice dumplings and crafts (diabolo, sugar painting, paper cutting, woodblock prints, wooden toys)',
				),
				place: PLAZA,
				owner: 'crafts',
				participants: L('居民约500人', 'About 500 residents'),
			},
			{
				date: '2027-09-15',
				content: L('中秋节：邻里文艺晚会', 'Mid-Autumn Festival: neighbourhood evening show'),
				place: PLAZA,
				owner: 'wenyi',
				participants: L('居民约700人、商户20家', 'About 700 residents, 20 merchants'),
			},
		],
		budget: [
			gov('personnel', L('驻点社工（活动统筹）', 'Social worker on site (events)'), 3, TIMES, 1000),
			gov('activity', L('节庆活动组织', 'Running the holiday events'), 3, TIMES, 3000),
			gov(
				'materials',
				L('节庆物资（向商户采购）', 'Holiday supplies (bought from merchants)'),
				3,
				L('批', 'batches'),
				2000,
			),
			gov('publicity', L('活动宣传', 'Publicity'), 3, TIMES, 500),
			// Paid sponsorship is income P raises (自筹), not company giving.
			{
				category: 'activity',
				item: L('商户节庆赞助', 'Merchants’ holiday sponsorship'),
				quantity: 3,
				unit: TIMES,
				unitPrice: 1000,
				source: 'selfRaised',
				form: 'cash',
			},
			volunteerHours(
				L(
					'文艺宣传队、传承人及“双报到”单位党员志愿服务',
					'Arts troupe, craftspeople and dual-reporting Party members volunteering',
				),
				360,
			),
		],
		indicators: [
			{
				name: L('参与居民人次', 'Resident attendances'),
				dimension: 'effectiveness',
				baseline: 1000,
				target: 1500,
				unit: PERSON_TIMES,
			},
			{
				name: L('合作商户数', 'Merchants taking part'),
				dimension: 'effectiveness',
				baseline: 12,
				target: 30,
				unit: L('家', 'merchants'),
			},
			{
				name: L('居民满意度', 'Residents’ satisfaction'),
				dimension: 'effectiveness',
				baseline: 85,
				target: 90,
				unit: PERCENT,
			},
		],
		risks: [
			{
				risk: L('人员聚集的安全风险', 'Crowd safety'),
				response: L(
					'制定安全预案并报备社区；养老救护服务队、物业服务队现场值守',
					'A safety plan filed with the community; the elderly-care and property teams on duty',
				),
			},
			{
				risk: L('商户参与变成商业推销', 'Merchants turn it into selling'),
				response: L(
					'赞助只换取展示，不设摊推销；活动内容由社区两委把关',
					'Sponsors are shown, not selling; the committees approve the programme',
				),
			},
		],
		executor: 'p',
		dispatchTrail: trail(3),
		illustrative: PLANNED,
	},
} satisfies Record<string, ExampleProject>

/** The key of a project of the case. */
export type ExampleProjectKey = keyof typeof EXAMPLE_PROJECTS

/** The amount of a budget line (元): quantity × unit price, or null for volunteer hours valued at the board's rate. */
export function exampleLineAmount(line: ExampleBudgetLine): number | null {
	return line.unitPrice === null ? null : line.quantity * line.unitPrice
}

/** What the government pays for `project` in the plan's period (its 政府购买 lines, 元). */
export function exampleGovernmentFunding(project: ExampleProject): number {
	return project.budget
		.filter((l) => l.source === 'govPurchase')
		.reduce((sum, l) => sum + (exampleLineAmount(l) ?? 0), 0)
}
