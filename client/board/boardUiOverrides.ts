import type { TLUiOverrides } from '@tldraw/tldraw'

/**
 * tldraw's words that would clash with ours: its toolbar's overflow button is 更多工具, so a
 * phone shows one 更多 (the top bar's).
 */
export const boardUiOverrides: TLUiOverrides = {
	translations: {
		'zh-cn': { 'tool-panel.more': '更多工具' },
		en: { 'tool-panel.more': 'More tools' },
	},
}
