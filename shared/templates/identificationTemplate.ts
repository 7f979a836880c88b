import { buildIdentificationStage } from './identificationStage'
import { TemplateBuilder } from './TemplateBuilder'
import type { BoardTemplate } from './templateTypes'

/** 资源识别: the identification stage alone. */
export const identificationTemplate: BoardTemplate = {
	id: 'identification',
	zh: {
		name: '资源识别',
		description: '需求识别与资源评估：需求清单、政府/市场/社会三类资源清单和主体地图。',
	},
	en: {
		name: 'Resource identification',
		description:
			'Needs identification and resource assessment: a needs list, government / market / society resource lanes and an actor map.',
	},
	build(ctx) {
		const b = new TemplateBuilder(ctx, 'identification')
		buildIdentificationStage(b, { x: 0, y: 0 })
		return b.records()
	},
}
