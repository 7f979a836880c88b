import { type Editor, useEditor } from '@tldraw/tldraw'
import { useEffect, useState } from 'react'
import { derivePlan } from '../../shared/plan/derivePlan'
import type { Plan } from '../../shared/plan/planTypes'

/** Plans are derived again at most this often while people edit (ms). */
export const LIVE_PLAN_INTERVAL_MS = 250

/** The records a plan is derived from: cards, arrows, their bindings, and the document record (its meta holds the 计划书信息). */
function isPlanRecord(r: { typeName: string }): boolean {
	return r.typeName === 'shape' || r.typeName === 'binding' || r.typeName === 'document'
}

function planOf(editor: Editor, title: string): Plan {
	return derivePlan(editor.store.allRecords().filter(isPlanRecord), { title, includePrivate: true })
}

/**
 * The plan derived from the live board, recomputed (throttled) whenever a shape, a
 * binding or the board's 计划书信息 changes — locally or from anyone else.
 */
export function useLivePlan(title: string): Plan {
	const editor = useEditor()
	const [plan, setPlan] = useState(() => planOf(editor, title))
	useEffect(() => {
		let timer: ReturnType<typeof setTimeout> | null = null
		let last = 0
		const recompute = () => {
			timer = null
			last = Date.now()
			setPlan(planOf(editor, title))
		}
		recompute()
		const unlisten = editor.store.listen(
			({ changes }) => {
				const touched = [...Object.values(changes.added), ...Object.values(changes.removed)]
					.concat(Object.values(changes.updated).map(([, to]) => to))
					.some(isPlanRecord)
				if (!touched || timer) return
				timer = setTimeout(recompute, Math.max(0, LIVE_PLAN_INTERVAL_MS - (Date.now() - last)))
			},
			{ scope: 'document' },
		)
		return () => {
			unlisten()
			if (timer) clearTimeout(timer)
		}
	}, [editor, title])
	return plan
}

/** Selects a card and brings it into view. */
export function focusCard(editor: Editor, id: string): void {
	const shape = editor.getShape(id as never)
	if (!shape) return
	editor.select(shape.id)
	const bounds = editor.getShapePageBounds(shape)
	if (bounds)
		editor.zoomToBounds(bounds, { targetZoom: Math.max(editor.getZoomLevel(), 0.8), animation: { duration: 300 } })
}
