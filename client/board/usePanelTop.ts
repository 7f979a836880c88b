import { type RefObject, useEffect } from 'react'

/** The CSS variable side panels and the wide inspector take their top from. */
export const PANEL_TOP_VARIABLE = '--nd-panel-top'

/** tldraw's menu row at the top left (main menu, pages, undo …), drawn under the top bar. */
const MENU_ZONE_SELECTOR = '.tlui-menu-zone'

/**
 * Keeps PANEL_TOP_VARIABLE just below the top bar and tldraw's menu row under it, so a panel
 * opened over the canvas never has its head (and its ✕) under either.
 */
export function usePanelTop(barRef: RefObject<HTMLElement | null>): void {
	useEffect(() => {
		const bar = barRef.current
		if (!bar) return
		const root = document.documentElement
		let menuZone: Element | null = null
		const observer = new ResizeObserver(() => update())
		const update = () => {
			if (!menuZone) {
				menuZone = document.querySelector(MENU_ZONE_SELECTOR)
				if (menuZone) observer.observe(menuZone)
			}
			const menuBottom = menuZone?.isConnected ? menuZone.getBoundingClientRect().bottom : 0
			const bottom = Math.max(bar.getBoundingClientRect().bottom, menuBottom)
			root.style.setProperty(PANEL_TOP_VARIABLE, `${Math.round(bottom + 6)}px`)
		}
		update()
		observer.observe(bar)
		// tldraw draws its menu after the bar mounts.
		const late = window.setTimeout(update, 500)
		return () => {
			window.clearTimeout(late)
			observer.disconnect()
			root.style.removeProperty(PANEL_TOP_VARIABLE)
		}
	}, [barRef])
}
