import { react } from '@tldraw/tldraw'
import { useEffect } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { getYComments } from '../../shared/comments/commentsLayout'
import { readComments } from '../../shared/comments/readComment'
import { fetchServerState } from '../offline/fetchServerState'
import { retryDelay } from '../offline/trackPendingChanges'
import { $comments, $waitingComments, resetCommentsStore } from './commentsStore'
import { parseWaiting, serializeWaiting, stillWaiting } from './waitingComments'

const waitingKey = (boardId: string) => `niudai.commentsWaiting.${boardId}`

/**
 * Keeps the comment signals in step with the board: one deep observer on the comments root
 * (local and remote changes alike), and the comments this device wrote that the server has
 * not confirmed — kept in localStorage, checked against the server's stored state whenever
 * the connection is synced (retried with backoff while any is left).
 */
export function useCommentsSync(boardId: string, doc: Y.Doc | null, provider: WebsocketProvider | null): void {
	useEffect(() => {
		if (!doc) return
		const root = getYComments(doc)
		const update = () => $comments.set(readComments(doc))
		update()
		root.observeDeep(update)
		return () => {
			root.unobserveDeep(update)
			resetCommentsStore()
		}
	}, [doc])

	useEffect(() => {
		if (!provider) return
		let stored: string | null = null
		try {
			stored = localStorage.getItem(waitingKey(boardId))
		} catch {
			stored = null
		}
		$waitingComments.set(parseWaiting(stored))
		let timer: ReturnType<typeof setTimeout> | null = null
		let attempt = 0
		let disposed = false
		const check = () => {
			timer = null
			if (disposed || $waitingComments.get().size === 0 || !provider.wsconnected || !provider.synced) return
			fetchServerState(boardId).then(
				(server) => {
					if (disposed) return
					$waitingComments.set(stillWaiting($waitingComments.get(), server.stateVector))
					attempt = $waitingComments.get().size === 0 ? 0 : attempt + 1
					if ($waitingComments.get().size > 0) schedule(retryDelay(attempt))
				},
				() => {
					if (disposed) return
					attempt++
					schedule(retryDelay(attempt))
				},
			)
		}
		const schedule = (ms: number) => {
			if (timer !== null) clearTimeout(timer)
			timer = setTimeout(check, ms)
		}
		// Saved on every change; a new local write checks soon (the server may already hold it).
		let previous = $waitingComments.get()
		const stop = react('save waiting comments', () => {
			const now = $waitingComments.get()
			try {
				localStorage.setItem(waitingKey(boardId), serializeWaiting(now))
			} catch {
				// Private mode: the marks last as long as the page.
			}
			const grew = [...now].some(([id, w]) => previous.get(id) !== w)
			previous = now
			if (grew) {
				attempt = 0
				schedule(400)
			}
		})
		const onSync = (synced: boolean) => {
			if (synced) schedule(400)
		}
		provider.on('sync', onSync)
		schedule(400)
		return () => {
			disposed = true
			if (timer !== null) clearTimeout(timer)
			provider.off('sync', onSync)
			stop()
		}
	}, [boardId, provider])
}
