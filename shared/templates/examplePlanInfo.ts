import type { PlanInfo } from '../plan/planInfo'
import { EXAMPLE_PROJECTS, exampleGovernmentFunding } from './exampleProjects'
import type { LocalizedText, TemplateLang } from './templateTypes'

/** The plan's period: the year after the board was written (an illustrative choice). */
export const EXAMPLE_PERIOD = { start: '2027-01-01', end: '2027-12-31' } as const

/** C社区's residents: the article says more than 20,000. */
export const EXAMPLE_POPULATION = 20000

/** The value of a volunteer hour on the example board (元; illustrative). */
export const EXAMPLE_VOLUNTEER_HOUR_VALUE = 25

const PROJECTS = Object.values(EXAMPLE_PROJECTS)

/** 申请金额: every project's 政府购买 lines of the plan's period (街道 and 法院检察院 together). */
export function exampleRequestedAmount(): number {
	return PROJECTS.reduce((sum, p) => sum + exampleGovernmentFunding(p), 0)
}

/** The 政府购买 of the projects paid by `funds`. */
export function exampleFundsTotal(funds: 'streetFunds' | 'courtFunds'): number {
	return PROJECTS.filter((p) => p.funds === funds).reduce((sum, p) => sum + exampleGovernmentFunding(p), 0)
}

/** The volunteer hours budgeted across the projects. */
export function exampleVolunteerHours(): number {
	return PROJECTS.flatMap((p) => p.budget)
		.filter((l) => l.category === 'volunteerTime')
		.reduce((sum, l) => sum + l.quantity, 0)
}

function n(value: number, lang: TemplateLang): string {
	return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')
}

const APPLICANT_PROFILE: LocalizedText = {
	zh: 'P社会工作服务中心成立于2015年8月，是Q市首家市级社会工作服务机构，2021年获评市级4A社会组织。机构设理事会（7人：5名高校社会工作专家、2名资深社会工作者）、监事会（1人）、行政部和项目部；专职工作人员25人，平均年龄27岁，本科以上学历17人，持专业技术资格20人；另有志愿者50人。先后承接团省委“山东省社区青少年社会工作服务示范工程”和L区多个街道的购买服务项目，打造“沂蒙菁梦家园”服务品牌，获评“山东省十佳儿童关爱服务项目”“省级社会救助领域优秀实践案例”，工作人员获“齐鲁和谐使者”称号。2019年入驻C社区，此后累计获政府资金投入近70万元；2022—2023年度机构项目资金近150万元（全机构，含L区人民法院、人民检察院购买服务约46万元）。以上均为历年数，不计入本期预算。',
	en: 'P Social Work Service Centre, founded in August 2015, was the first city-level social-work organisation in Q City and was rated 4A in 2021. It has a board of 7 (5 university social-work experts, 2 senior social workers), a supervisor, an administration and a project department; 25 full-time staff (average age 27; 17 with a degree, 20 with professional qualifications) and 50 volunteers. It has run the provincial Youth League’s model programme for youth social work in Shandong communities and service contracts for several sub-districts of L District, built the “Yimeng Jingmeng Jiayuan” service brand, and was named one of Shandong’s ten best child-care projects and a provincial model case in social assistance; its staff have been honoured as “Qilu harmony envoys”. In C community since 2019, it has received close to 700,000 yuan of government funds there in all; its project funds for 2022–2023 were nearly 1.5 million yuan (all its work, including about 460,000 yuan from the L District court and procuratorate). These are earlier years’ figures, not part of this budget.',
}

const COMMUNITY_PROFILE: LocalizedText = {
	zh: 'C社区位于山东省Q市L区，是典型的回迁社区：辖区面积1.5平方公里，人口超过2万人，有小区居民楼113栋、自建民房841户、属地单位6个，以及一所寄宿制民办公助学校（师生6000余人）。社区里有世代扎根的原住民，也有大量租户和商户；老年人、青少年和“两劳”人员较多，诉求多样，纠纷不易调处。社区有党员100多名，与3家“双报到”单位签订党建共建协议，并把属地单位纳入社区“大党委”，共建了法治长廊、党史长廊、同心文化广场、社区图书室；红心闪闪志愿服务队、文艺宣传队、物业服务队、养老救护服务队等志愿队伍活跃。\n\nP机构2019年入驻时，直接照搬了在另一个社区做过的党团共建模式，居民反响平平，项目一度难以推进。此后P机构多次深入社区调研、与社区领导座谈，发现C社区居民服务需求多样、志愿者团队活跃、商户和企业资源丰富，据此调整了项目定位。',
	en: 'C community, in L District of Q City, Shandong, was rehoused on its own land: 1.5 km², more than 20,000 residents, 113 apartment buildings, 841 self-built houses, 6 local units and a privately run, publicly assisted boarding school with over 6,000 teachers and pupils. Families rooted here for generations live alongside many tenants and merchants; there are many older people, youths and former offenders, demands are complex and disputes hard to settle. The community has over 100 Party members, Party-building agreements with 3 “dual-reporting” units, and a joint Party committee of its local units that built a rule-of-law gallery, a Party-history gallery, the Tongxin culture square and a community library; volunteer teams — Red Heart, the arts troupe, the property service team, the elderly-care and first-aid team — are active.\n\nWhen P arrived in 2019 it copied the Party–Youth League model it had used in another community; residents were lukewarm and the project nearly stalled. P then went back into the community again and again and talked with its leaders, found that needs were varied, volunteer teams active and merchants and companies rich in resources, and changed the project’s positioning accordingly.',
}

const POSITIONING: LocalizedText = {
	zh: '社区营造：以“居民共享、社区共融、组织共建”为方向，把居民服务、社区增能和辖区内的志愿组织整合起来。各项目经活动调度中心“发布—申请—统筹—执行”的流程调度：调度中心发布，C社区申请，P机构统筹，企业、社会组织、志愿队伍和居民多方执行；把社区已有的网格员、社区工作人员和志愿团队组织起来，并以激励机制吸引商户参与。',
	en: 'Community building, around “shared by residents, one community, organisations built together”: services for residents, building the community’s own capacity, and the local volunteer organisations, brought together. Every project runs through the activity dispatch centre — the centre publishes, C community applies, P coordinates, and companies, organisations, volunteer teams and residents carry it out — organising the grid workers, community staff and volunteer teams already there, and drawing merchants in with incentives.',
}

/**
 * The example board's 计划书信息 (计划书的封面、概况和目标). The 联系电话 is private: it is not
 * set here but in the board's private document (PLAN_INFO_PRIVATE_RECORD, from the 计划书信息
 * form), so no template ever writes a phone number into the shared document.
 */
export function examplePlanInfo(lang: TemplateLang): Partial<PlanInfo> {
	const zh = lang === 'zh'
	const street = exampleFundsTotal('streetFunds')
	const court = exampleFundsTotal('courtFunds')
	const hours = exampleVolunteerHours()
	const count = PROJECTS.length
	return {
		projectName: zh
			? 'C社区“居民共享、社区共融、组织共建”社区营造项目'
			: 'Community building in C community: shared by residents, one community, organisations built together',
		applicantOrg: zh ? 'P社会工作服务中心' : 'P Social Work Service Centre',
		applicantProfile: APPLICANT_PROFILE[lang],
		executingOrg: zh ? 'P社会工作服务中心' : 'P Social Work Service Centre',
		contactPerson: zh ? 'P社会工作服务中心项目部' : 'Project department, P Social Work Service Centre',
		periodStart: EXAMPLE_PERIOD.start,
		periodEnd: EXAMPLE_PERIOD.end,
		requestedAmount: exampleRequestedAmount(),
		communityProfile: COMMUNITY_PROFILE[lang],
		communityPopulation: EXAMPLE_POPULATION,
		positioning: POSITIONING[lang],
		overallGoal: zh
			? `2027年，在C社区开展${count}个服务项目，回应青少年、老年人、新就业群体、商户和全体居民的需求：居民共享——课业辅导、义诊、义剪、法治教育等服务精准到人；社区共融——节庆活动和科普平台让原住民、租户和商户相互往来，诉求经云平台和区级渠道表达并得到回应；组织共建——新孵化社区社会组织5家、完善章程5份、开展社区青年骨干赋能课堂30场次（2023年为4家、4份、25场次），组织志愿服务${n(hours, lang)}小时。申请政府购买服务经费${n(street + court, lang)}元（街道${n(street, lang)}元，法院、检察院${n(court, lang)}元）。（目标与金额为示例数据）`
			: `In 2027, ${count} service projects in C community answer the needs of youths, older residents, delivery riders, merchants and all residents. Shared by residents: homework help, eye checks, haircuts and legal education reach the people who need them. One community: holiday events and the popular-science platform bring long-time residents, tenants and merchants together, and requests are voiced through the cloud platform and district channels and answered. Organisations built together: 5 new community organisations, 5 charters and 30 sessions of the young leaders’ training (2023: 4, 4 and 25), and ${n(hours, lang)} volunteer hours. Government purchase requested: ${n(street + court, lang)} yuan (sub-district ${n(street, lang)}, court and procuratorate ${n(court, lang)}). (Targets and amounts are illustrative.)`,
		volunteerHourValue: EXAMPLE_VOLUNTEER_HOUR_VALUE,
	}
}
