import { enumLabel, RESOURCE_TYPES, SECTORS } from '../../domain/enums'
import { column, note, type PlanBlock, paragraph, table } from '../planBlocks'
import { planNumber, planQuantity } from '../planFormat'
import { joinNames, pick, untitled, word } from '../planText'
import type { SectionContext } from './sectionContext'

/** 三、资源评估: the resources by source (政府 / 市场 / 社会), what each is and where it goes. */
export function resourcesSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	if (plan.resources.length === 0) return null
	const n = (v: number) => planNumber(v, lang)
	const bySector = plan.metrics.resourcesBySector
	const out: PlanBlock[] = [
		paragraph(
			pick(
				lang,
				`按来源评估可整合的资源共 ${n(plan.resources.length)} 项：${SECTORS.map((s) => `${s.zh}资源 ${n(bySector[s.value])} 项`).join('，')}。`,
				`${n(plan.resources.length)} resources can be brought in, by source: ${SECTORS.map((s) => `${s.en.toLowerCase()} ${n(bySector[s.value])}`).join(', ')}.`,
			),
		),
	]
	const columns = [
		column(word(lang, 'resource'), 'text', { minChars: 10, weight: 3 }),
		column(word(lang, 'type'), 'text', { minChars: 6 }),
		column(word(lang, 'provider'), 'text', { minChars: 8, weight: 2 }),
		column(word(lang, 'quantity'), 'number'),
		column(pick(lang, '可用时间与条件', 'Availability and conditions'), 'text', { minChars: 8, weight: 2 }),
		column(word(lang, 'allocatedTo'), 'text', { minChars: 8, weight: 3 }),
	]
	for (const sector of SECTORS) {
		const list = plan.resources.filter((r) => r.sector === sector.value)
		out.push(ctx.sub(pick(lang, `${sector.zh}资源`, `${sector.en} resources`)))
		if (list.length === 0) {
			out.push(note(pick(lang, `暂无${sector.zh}资源`, `No ${sector.en.toLowerCase()} resources.`)))
			continue
		}
		const rows = list.map((r) => [
			untitled(r.title, lang),
			enumLabel(RESOURCE_TYPES, r.resourceType, lang),
			r.provider || joinNames(r.providedBy, lang),
			planQuantity(r.quantity, r.unit, lang),
			[r.availability, r.conditions].filter((s) => s.trim() !== '').join('\n'),
			r.utilised ? joinNames(r.allocatedTo, lang) : word(lang, 'notAllocated'),
		])
		out.push(table(columns, rows))
	}
	return out
}
