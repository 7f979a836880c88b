import { enumLabel, MECHANISMS, STRATEGIES } from '../domain/enums'
import type { MatchRow, PlanWarning, ProjectRow, ResourceRow } from './planTypes'
import { quoted } from './warningText'

/** Words on a resource or an allocation that mark a gift (捐赠, 无偿 …): giving is 社会机制, not 市场机制. */
export const GIFT_KEYWORDS: readonly string[] = [
	'捐赠',
	'捐助',
	'捐献',
	'赠送',
	'无偿',
	'免费',
	'公益',
	'义务',
	'donat',
	'free of charge',
	'pro bono',
]

/** Budget sources that are giving, not purchase (社会捐赠, 企业配套). */
const GIVING_SOURCES = new Set(['donation', 'enterprise'])

function mentionsGift(texts: readonly string[]): boolean {
	const t = texts.join('\n').toLowerCase()
	return GIFT_KEYWORDS.some((k) => t.includes(k))
}

/** Why an allocation tagged 市场机制 is in fact giving, or null when nothing says so. */
export function giftReason(
	m: MatchRow,
	resource: ResourceRow | undefined,
	project: ProjectRow | undefined,
): { zh: string; en: string } | null {
	if (!resource) return null
	if (resource.resourceType === 'volunteers') return { zh: '志愿人力', en: 'volunteers' }
	if (resource.sector === 'society') return { zh: '社会资源', en: 'a society resource' }
	const title = resource.title.trim()
	const givingLine = project?.budget.find(
		(l) =>
			GIVING_SOURCES.has(l.source) && title !== '' && l.item.replace(/\s+/g, '').includes(title.replace(/\s+/g, '')),
	)
	if (givingLine) {
		return givingLine.source === 'donation'
			? { zh: '预算中列为社会捐赠', en: 'budgeted as a social donation' }
			: { zh: '预算中列为企业配套', en: 'budgeted as enterprise co-funding' }
	}
	if (mentionsGift([resource.title, resource.conditions, resource.description, m.note])) {
		return { zh: '捐赠或无偿提供', en: 'donated or given free' }
	}
	return null
}

/**
 * Allocations whose mechanism or strategy contradicts the source article's classification:
 * - `mechanismContradictsResource` (warning): tagged 市场机制 (in the article: purchase or
 *   paid sponsorship) although the resource is given — its type is 志愿人力, its sector is
 *   社会, a budget line of the project naming it has source 社会捐赠 or 企业配套, or its
 *   title, 使用条件, 说明 or the allocation's note mentions a gift (GIFT_KEYWORDS). Company
 *   giving and volunteers are 社会机制;
 * - `administrativeNoChannel` (warning): 行政借力 without a strategy — 行政借力 is a channel
 *   (购买服务, 双报到, 大党委, 报送区级部门, 研讨会发言), not "whatever the government provides";
 * - `strategyMismatch` (warning): a strategy that belongs to another mechanism.
 * Pure.
 */
export function mechanismWarnings(
	matches: readonly MatchRow[],
	resources: readonly ResourceRow[],
	projects: readonly ProjectRow[],
): PlanWarning[] {
	const resourceById = new Map(resources.map((r) => [r.id, r]))
	const projectById = new Map(projects.map((p) => [p.id, p]))
	const out: PlanWarning[] = []
	for (const m of matches) {
		if (m.type !== 'allocation' || m.mechanism === '') continue
		const what = {
			zh: `${quoted(m.from, 'zh')} → ${quoted(m.to, 'zh')}`,
			en: `${quoted(m.from, 'en')} → ${quoted(m.to, 'en')}`,
		}
		if (m.mechanism === 'market') {
			const reason = giftReason(m, resourceById.get(m.fromId), projectById.get(m.toId))
			if (reason) {
				out.push({
					code: 'mechanismContradictsResource',
					severity: 'warning',
					cardId: m.id,
					message: {
						zh: `资源配置 ${what.zh} 标为市场机制，但该资源属于${reason.zh}：捐赠、企业公益和志愿服务属于社会机制，市场机制指采购或有偿赞助`,
						en: `Allocation ${what.en} is tagged market mechanism, but the resource is ${reason.en}: donations, company giving and volunteering are the social mechanism; the market mechanism means purchase or paid sponsorship`,
					},
				})
			}
		}
		if (m.mechanism === 'administrative' && m.strategy === '') {
			out.push({
				code: 'administrativeNoChannel',
				severity: 'warning',
				cardId: m.id,
				message: {
					zh: `资源配置 ${what.zh} 标为行政借力，但没有选择渠道（购买服务、双报到、大党委、报送区级部门、研讨会发言）`,
					en: `Allocation ${what.en} is tagged administrative leverage but names no channel (service purchase, dual reporting, joint Party committee, report to the district, forums)`,
				},
			})
		}
		const strategy = STRATEGIES.find((s) => s.value === m.strategy)
		if (strategy && strategy.mechanism !== m.mechanism) {
			const own = {
				zh: enumLabel(MECHANISMS, strategy.mechanism, 'zh'),
				en: enumLabel(MECHANISMS, strategy.mechanism, 'en'),
			}
			const chosen = { zh: enumLabel(MECHANISMS, m.mechanism, 'zh'), en: enumLabel(MECHANISMS, m.mechanism, 'en') }
			out.push({
				code: 'strategyMismatch',
				severity: 'warning',
				cardId: m.id,
				message: {
					zh: `资源配置 ${what.zh} 的策略“${strategy.zh}”属于${own.zh}，不属于所选的${chosen.zh}`,
					en: `The strategy “${strategy.en}” of allocation ${what.en} belongs to the ${own.en.toLowerCase()}, not the chosen ${chosen.en.toLowerCase()}`,
				},
			})
		}
	}
	return out
}
