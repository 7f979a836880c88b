import { type RefObject, useEffect } from 'react'

/** While `open`, a pointer down outside `ref`'s element or the Escape key calls `close`. */
export function useDismiss(ref: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
	useEffect(() => {
		if (!open) return
		const onPointer = (e: PointerEvent) => {
			if (!ref.current?.contains(e.target as Node)) close()
		}
		const onKey = (e: KeyboardEvent) => {
			if (e.key === 'Escape') close()
		}
		window.addEventListener('pointerdown', onPointer)
		window.addEventListener('keydown', onKey)
		return () => {
			window.removeEventListener('pointerdown', onPointer)
			window.removeEventListener('keydown', onKey)
		}
	}, [ref, open, close])
}
