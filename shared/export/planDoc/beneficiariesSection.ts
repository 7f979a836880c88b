import { column, note, type PlanBlock, paragraph, table } from '../planBlocks'
import { planQuantity, unreported } from '../planFormat'
import { colon, joinNames, pick, untitled, word } from '../planText'
import type { SectionContext } from './sectionContext'

/** 五、服务对象与受益人数: the target groups, and each project's direct and indirect beneficiaries, kept apart. */
export function beneficiariesSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	if (plan.projects.length === 0 && plan.needs.length === 0) return null
	const out: PlanBlock[] = []
	const groups = [
		...new Set(
			[...plan.needs, ...plan.projects].flatMap((x) =>
				x.targetGroup
					.split(/[、,，;；/]/)
					.map((g) => g.trim())
					.filter(Boolean),
			),
		),
	]
	if (groups.length > 0) out.push(paragraph(`${word(lang, 'targetGroup')}${colon(lang)}${joinNames(groups, lang)}`))
	if (plan.projects.length === 0) return out.length ? out : null
	const people = pick(lang, '人次', '')
	const count = (v: number | null) => (v === null ? unreported(lang) : planQuantity(v, people, lang))
	const { directBeneficiaries, indirectBeneficiaries, reachCapped } = plan.metrics.efficiency
	const rows = plan.projects.map((p) => [
		untitled(p.title, lang),
		p.targetGroup,
		count(p.directBeneficiaries),
		count(p.indirectBeneficiaries),
	])
	rows.push([word(lang, 'total'), '', count(directBeneficiaries), count(indirectBeneficiaries)])
	out.push(
		table(
			[
				column(word(lang, 'project'), 'text', { minChars: 10, weight: 3 }),
				column(word(lang, 'targetGroup'), 'text', { minChars: 8, weight: 2 }),
				column(word(lang, 'directBeneficiaries'), 'number'),
				column(word(lang, 'indirectBeneficiaries'), 'number'),
			],
			rows,
			{ totalRow: true },
		),
	)
	const notes = [
		pick(
			lang,
			'注：直接受益人数与间接受益人数分别统计、不相加；同一居民可能参加多个项目，合计为人次。',
			'Direct and indirect beneficiaries are counted apart and never added; a resident may take part in several projects, so totals count attendances.',
		),
	]
	const population = plan.info.communityPopulation
	if (population !== null) {
		notes.push(
			reachCapped
				? pick(
						lang,
						`各项目直接受益人次合计超过社区常住人口（约 ${planQuantity(population, '人', lang)}），说明不少居民参加了多个项目。`,
						`The projects' direct beneficiaries add up to more than the community's ${planQuantity(population, '', lang)} residents: many take part in several projects.`,
					)
				: pick(
						lang,
						`社区常住人口约 ${planQuantity(population, '人', lang)}。`,
						`About ${planQuantity(population, '', lang)} people live in the community.`,
					),
		)
	}
	out.push(note(notes.join(lang === 'zh' ? '' : ' ')))
	return out
}
