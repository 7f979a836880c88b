/** How much of the top bar shows inline: everything, the meeting essentials, or a phone's two buttons. */
export type TopBarLayout = 'wide' | 'compact' | 'phone'

/** A tool of the top bar (the home link, title and connection status always show). */
export type TopBarItem =
	| 'vote'
	| 'comments'
	| 'analytics'
	| 'lists'
	| 'planInfo'
	| 'dispatch'
	| 'history'
	| 'activity'
	| 'meeting'
	| 'minutes'
	| 'boardMenu'
	| 'share'
	| 'language'

/** At or below this CSS width the board uses its phone layout (NARROW_SCREEN_QUERY). */
export const PHONE_MAX_WIDTH = 600

/**
 * The narrowest window in which every tool fits on one line, by language (English labels are
 * longer). Below it the bar is compact: a 200 % zoomed laptop, a tablet, a small window.
 */
export const WIDE_MIN_WIDTH: Record<'zh' | 'en', number> = { zh: 1180, en: 1320 }

/** The layout for a window `width` CSS pixels wide in `language`. */
export function topBarLayout(width: number, language: string): TopBarLayout {
	if (width <= PHONE_MAX_WIDTH) return 'phone'
	return width < WIDE_MIN_WIDTH[language === 'en' ? 'en' : 'zh'] ? 'compact' : 'wide'
}

const ALL_ITEMS: readonly TopBarItem[] = [
	'vote',
	'comments',
	'analytics',
	'lists',
	'planInfo',
	'dispatch',
	'history',
	'activity',
	'meeting',
	'minutes',
	'boardMenu',
	'share',
	'language',
]

/** What stays in the bar in each layout; the rest is in 更多, in ALL_ITEMS order. */
const INLINE: Record<TopBarLayout, ReadonlySet<TopBarItem>> = {
	// Everything but the language switch and the facilitator's 动态, which are always in 更多.
	wide: new Set<TopBarItem>(ALL_ITEMS.filter((item) => item !== 'language' && item !== 'activity')),
	compact: new Set<TopBarItem>(['vote', 'lists', 'meeting', 'minutes', 'share']),
	phone: new Set<TopBarItem>(['vote']),
}

/** The tools in the bar and the tools in its 更多 menu for a layout. The language switch is always in 更多. */
export function topBarItems(layout: TopBarLayout): { inline: TopBarItem[]; more: TopBarItem[] } {
	const inline = INLINE[layout]
	return {
		inline: ALL_ITEMS.filter((item) => inline.has(item)),
		more: ALL_ITEMS.filter((item) => !inline.has(item)),
	}
}
