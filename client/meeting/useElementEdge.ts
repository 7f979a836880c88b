import { useEffect, useState } from 'react'

/**
 * The `edge` (top or bottom) of the first element matching `selector`, in viewport
 * pixels, kept current as it resizes or the window does; `fallback` until it exists.
 */
export function useElementEdge(selector: string, edge: 'top' | 'bottom', fallback: number): number {
	const [value, setValue] = useState(fallback)
	useEffect(() => {
		const el = document.querySelector(selector)
		if (!el) return
		const measure = () => setValue(Math.round(el.getBoundingClientRect()[edge]))
		measure()
		const observer = new ResizeObserver(measure)
		observer.observe(el)
		window.addEventListener('resize', measure)
		return () => {
			observer.disconnect()
			window.removeEventListener('resize', measure)
		}
	}, [selector, edge])
	return value
}
