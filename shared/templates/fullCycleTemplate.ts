import { buildFullCycleStages } from './fullCycleStages'
import { TemplateBuilder } from './TemplateBuilder'
import type { BoardTemplate } from './templateTypes'

/** 整合式合作全流程: the three stages, empty, ready for a planning meeting. */
export const fullCycleTemplate: BoardTemplate = {
	id: 'full-cycle',
	zh: {
		name: '整合式合作全流程',
		description:
			'资源识别（需求清单、政府/市场/社会资源清单、主体地图）→ 资源配置（行政借力、社会机制、市场机制）→ 资源利用（发布、申请、统筹、执行、结项与动态评估）。',
	},
	en: {
		name: 'Integrated cooperation, full cycle',
		description:
			'Resource identification (needs, government / market / society resources, actor map) → resource allocation (administrative, social, market mechanisms) → resource utilization (publish, apply, coordinate, execute, close, and dynamic evaluation).',
	},
	build(ctx) {
		const b = new TemplateBuilder(ctx, 'full-cycle')
		buildFullCycleStages(b)
		return b.records()
	},
}
