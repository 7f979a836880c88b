import { type Editor, useEditor } from '@tldraw/tldraw'
import { useEffect } from 'react'
import { $pinMode } from './commentsStore'

/** True when a key press belongs to what has the focus (a field, a menu) rather than the board. */
function typingIn(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null
	if (!el || typeof el.closest !== 'function') return false
	return Boolean(el.closest('input, textarea, select, [contenteditable="true"], [role="menu"], [role="dialog"]'))
}

function shouldToggle(event: KeyboardEvent, editor: Editor): boolean {
	if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false
	if (event.key !== 'c' && event.key !== 'C') return false
	return !typingIn(event.target) && editor.getEditingShapeId() === null
}

/**
 * C turns 评论 mode on and off (tldraw and the card tools leave C free: cmd/ctrl+C copies);
 * Escape leaves it. Only for people who may comment.
 */
export function useCommentModeKey(enabled: boolean): void {
	const editor = useEditor()
	useEffect(() => {
		if (!enabled) {
			$pinMode.set(false)
			return
		}
		const onKeyDown = (event: KeyboardEvent) => {
			if (event.key === 'Escape' && $pinMode.get()) {
				$pinMode.set(false)
				return
			}
			if (!shouldToggle(event, editor)) return
			event.preventDefault()
			$pinMode.set(!$pinMode.get())
		}
		window.addEventListener('keydown', onKeyDown)
		return () => window.removeEventListener('keydown', onKeyDown)
	}, [editor, enabled])
}
