import type { BoardTemplate } from './templateTypes'

/** 空白画板: no shapes at all. */
export const blankTemplate: BoardTemplate = {
	id: 'blank',
	zh: { name: '空白画板', description: '从一张空白画布开始。' },
	en: { name: 'Blank board', description: 'Start from an empty canvas.' },
	build: () => [],
}
