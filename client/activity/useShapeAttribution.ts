import { useEffect, useRef, useState } from 'react'
import type { ShapeAttribution } from '../../shared/activity/activityTypes'
import { ApiError } from '../api/apiClient'
import { fetchShapeAttribution } from './activityApi'

/** How long after a change of the card the line asks again (the server logs the change first). */
export const ATTRIBUTION_REFRESH_MS = 1500

/** What the inspector line shows: nothing yet or nothing to say, the attribution, or the offline note. */
export type AttributionState = { kind: 'none' } | { kind: 'ok'; attribution: ShapeAttribution } | { kind: 'offline' }

/**
 * Who created shape `shapeId` and who changed it last: asked at once when the selection
 * changes, and again ATTRIBUTION_REFRESH_MS after the last change of the shape (`version`:
 * anything that differs after a change, such as the shape record), and when the browser's
 * network returns. Offline, or when the server cannot be reached: the offline note; any
 * other failure: nothing.
 */
export function useShapeAttribution(
	boardId: string,
	shapeId: string,
	version: unknown,
	online: boolean,
): AttributionState {
	const [state, setState] = useState<AttributionState>({ kind: 'none' })
	const asked = useRef<string | null>(null)
	// The browser's network coming back asks again (a failed answer said 离线).
	const [retry, setRetry] = useState(0)
	useEffect(() => {
		const again = () => setRetry((n) => n + 1)
		window.addEventListener('online', again)
		return () => window.removeEventListener('online', again)
	}, [])

	useEffect(() => {
		void version
		void retry
		if (!online) {
			setState({ kind: 'offline' })
			asked.current = null
			return
		}
		const key = `${boardId}/${shapeId}`
		const fresh = asked.current !== key
		if (fresh) setState({ kind: 'none' })
		asked.current = key
		const controller = new AbortController()
		const timer = setTimeout(
			() => {
				fetchShapeAttribution(boardId, shapeId, controller.signal).then(
					(attribution) => setState({ kind: 'ok', attribution }),
					(err: unknown) => {
						if (controller.signal.aborted) return
						setState(err instanceof ApiError && err.status === 0 ? { kind: 'offline' } : { kind: 'none' })
					},
				)
			},
			fresh ? 0 : ATTRIBUTION_REFRESH_MS,
		)
		return () => {
			clearTimeout(timer)
			controller.abort()
		}
	}, [boardId, shapeId, version, online, retry])

	return state
}
