import { type RefObject, useEffect } from 'react'

/** The CSS variable side panels and the lists view take their top from. */
export const PANEL_TOP_VARIABLE = '--nd-panel-top'

/**
 * Keeps PANEL_TOP_VARIABLE just below the top bar, so panels opened over the canvas never
 * hide its second row when its buttons wrap (English, a narrow window, a long title).
 */
export function usePanelTop(barRef: RefObject<HTMLElement | null>): void {
	useEffect(() => {
		const bar = barRef.current
		if (!bar) return
		const root = document.documentElement
		const update = () =>
			root.style.setProperty(PANEL_TOP_VARIABLE, `${Math.round(bar.getBoundingClientRect().bottom + 6)}px`)
		update()
		const observer = new ResizeObserver(update)
		observer.observe(bar)
		return () => {
			observer.disconnect()
			root.style.removeProperty(PANEL_TOP_VARIABLE)
		}
	}, [barRef])
}
