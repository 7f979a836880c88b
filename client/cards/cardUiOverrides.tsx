import type { TLUiOverrides } from '@tldraw/tldraw'
import i18next from 'i18next'
import { CARD_KINDS } from '../../shared/domain/cardProps'
import { CardIcon } from './CardIcon'

/** Keyboard shortcuts of the card tools: 1 need, 2 resource, 3 actor, 4 project. */
export const CARD_TOOL_KBD = { need: '1', resource: '2', actor: '3', project: '4' } as const

/** Adds the four card tools (with icons and shortcuts) to tldraw's tool list. */
export const cardUiOverrides: TLUiOverrides = {
	tools(editor, tools) {
		for (const kind of CARD_KINDS) {
			tools[kind] = {
				id: kind,
				label: `niudai.tool.${kind}`,
				icon: <CardIcon kind={kind} size={18} />,
				kbd: CARD_TOOL_KBD[kind],
				onSelect() {
					editor.setCurrentTool(kind)
				},
			}
		}
		return tools
	},
	translations: {
		'zh-cn': Object.fromEntries(
			CARD_KINDS.map((k) => [`niudai.tool.${k}`, i18next.t(`cards.tool.${k}`, { lng: 'zh' })]),
		),
		en: Object.fromEntries(CARD_KINDS.map((k) => [`niudai.tool.${k}`, i18next.t(`cards.tool.${k}`, { lng: 'en' })])),
	},
}
