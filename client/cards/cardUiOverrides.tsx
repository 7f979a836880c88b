import type { TLUiOverrides } from '@tldraw/tldraw'
import { CARD_KINDS, type CardKind } from '../../shared/domain/cardProps'
import { en } from '../i18n/en'
import { zh } from '../i18n/zh'
import { CardIcon } from './CardIcon'

/** Keyboard shortcuts of the card tools: 1 need, 2 resource, 3 actor, 4 project. */
export const CARD_TOOL_KBD = { need: '1', resource: '2', actor: '3', project: '4' } as const

/** tldraw translation key of a card tool's name (menus, the keyboard shortcuts dialog). */
export const toolKey = (kind: CardKind) => `niudai.tool.${kind}`
/** tldraw translation key of a card tool's toolbar button: name and shortcut, e.g. 需求 (1). */
export const toolbarKey = (kind: CardKind) => `niudai.toolbar.${kind}`

type Dictionary = { cards: { kind: Record<CardKind, string> } }

/**
 * The card tools' names for tldraw, read from our dictionaries themselves — never
 * through i18next, which is not initialised yet when this module is evaluated.
 */
export function cardToolTranslations(dict: Dictionary): Record<string, string> {
	const out: Record<string, string> = {}
	for (const kind of CARD_KINDS) {
		const name = dict.cards.kind[kind]
		out[toolKey(kind)] = name
		out[toolbarKey(kind)] = `${name} (${CARD_TOOL_KBD[kind]})`
	}
	return out
}

/** Adds the four card tools (with icons and shortcuts) to tldraw's tool list. */
export const cardUiOverrides: TLUiOverrides = {
	tools(editor, tools) {
		for (const kind of CARD_KINDS) {
			tools[kind] = {
				id: kind,
				label: toolKey(kind),
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
		'zh-cn': cardToolTranslations(zh),
		en: cardToolTranslations(en),
	},
}
