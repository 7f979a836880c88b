import { buildAllocationStage } from './allocationStage'
import { TemplateBuilder } from './TemplateBuilder'
import type { BoardTemplate } from './templateTypes'

/** 资源配置: the allocation stage alone. */
export const allocationTemplate: BoardTemplate = {
	id: 'allocation',
	zh: {
		name: '资源配置',
		description: '把资源配置到需求上的三种机制：行政借力、社会机制、市场机制。',
	},
	en: {
		name: 'Resource allocation',
		description:
			'The three mechanisms that move resources to needs: administrative leverage, social and market mechanisms.',
	},
	build(ctx) {
		const b = new TemplateBuilder(ctx, 'allocation')
		buildAllocationStage(b, { x: 0, y: 0 })
		return b.records()
	},
}
