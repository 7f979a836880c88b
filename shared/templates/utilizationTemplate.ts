import { TemplateBuilder } from './TemplateBuilder'
import type { BoardTemplate } from './templateTypes'
import { buildUtilizationStage } from './utilizationStage'

/** 资源利用: the utilization stage alone. */
export const utilizationTemplate: BoardTemplate = {
	id: 'utilization',
	zh: {
		name: '资源利用',
		description: '活动调度：发布 → 申请 → 统筹 → 执行 → 结项，以及资源使用效率与治理效能两个维度的动态评估。',
	},
	en: {
		name: 'Resource utilization',
		description:
			'Activity dispatch: publish → apply → coordinate → execute → close, with dynamic evaluation of resource-use efficiency and governance effectiveness.',
	},
	build(ctx) {
		const b = new TemplateBuilder(ctx, 'utilization')
		buildUtilizationStage(b, { x: 0, y: 0 })
		return b.records()
	},
}
