import type { LeverageRatio, PlanLang } from '../../plan/planTypes'
import { planNumber } from '../planFormat'
import { pick } from '../planText'

/**
 * The 资源撬动比 as the plan writes it: "1 : 0.85" (each government 元 brings in 0.85 元
 * from elsewhere), or why there is none.
 */
export function leverageText(leverage: LeverageRatio, lang: PlanLang): string {
	if (leverage.ratio === null) {
		return leverage.nonGovernment > 0
			? pick(lang, '无政府资金，全部为社会资源', 'no government money: all from other sources')
			: pick(lang, '未填报', 'not reported')
	}
	// No-break spaces: the ratio never splits over two lines.
	return `1\u00a0:\u00a0${planNumber(leverage.ratio, lang)}`
}
