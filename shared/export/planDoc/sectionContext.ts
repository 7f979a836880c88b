import type { Plan, PlanLang } from '../../plan/planTypes'
import { heading, type PlanHeadingBlock } from '../planBlocks'

/** A picture the document may show, by reference (see `PlanImageBlock`). */
export interface PlanPicture {
	/** `canvas:<stage>` or `chart:<name>`. */
	readonly ref: string
	/** What it shows (资源识别, 整个白板 …), for its caption. */
	readonly title: string
}

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 1 → 一, 11 → 十一, 20 → 二十 (up to 99). */
export function zhNumeral(n: number): string {
	if (n <= 10) return ZH_NUMERALS[n - 1] ?? String(n)
	const tens = Math.floor(n / 10)
	const ones = n % 10
	return `${tens === 1 ? '' : ZH_NUMERALS[tens - 1]}十${ones === 0 ? '' : ZH_NUMERALS[ones - 1]}`
}

/** What a section's builder gets: the plan, the language, the pictures, and numbered sub-headings. */
export class SectionContext {
	private level2 = 0
	private level3 = 0

	constructor(
		readonly plan: Plan,
		readonly lang: PlanLang,
		/** The section's number in the outline (一 = 1), for English sub-heading numbers. */
		readonly sectionNumber: number,
		readonly pictures: readonly PlanPicture[],
	) {}

	/** The Chinese or the English text. */
	pick(zh: string, en: string): string {
		return this.lang === 'zh' ? zh : en
	}

	/** The next level-2 heading: （一）… in Chinese, 6.1 … in English. */
	sub(text: string): PlanHeadingBlock {
		this.level2++
		this.level3 = 0
		const n = this.lang === 'zh' ? `（${zhNumeral(this.level2)}）` : `${this.sectionNumber}.${this.level2} `
		return heading(2, `${n}${text}`)
	}

	/** The next level-3 heading under the current level-2 one: 1. … in Chinese, 6.1.1 … in English. */
	subSub(text: string): PlanHeadingBlock {
		this.level3++
		const n = this.lang === 'zh' ? `${this.level3}. ` : `${this.sectionNumber}.${this.level2}.${this.level3} `
		return heading(3, `${n}${text}`)
	}
}
