import { atom, createTLStore, defaultBindingUtils, type TLStore, type TLStoreWithStatus } from '@tldraw/tldraw'
import { useEffect, useMemo, useState } from 'react'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { FATAL_CLOSE_CODES, PARTICIPANT_QUERY_PARAM, SYNC_PATH_PREFIX, TOKEN_QUERY_PARAM } from '../../shared/protocol'
import { getYRecords } from '../../shared/ydocLayout'
import { tokenFor } from '../auth/boardTokens'
import { registerBoardRelease } from '../auth/signOutOfBoard'
import { allBoardShapeUtils } from '../canvas/boardShapeUtils'
import { ACCESS_LOST_CLOSE_CODES } from '../offline/accessLost'
import { boardDbName, forgetOfflineBoard, readPendingJson, writePendingJson } from '../offline/boardOfflineCache'
import { fetchServerState } from '../offline/fetchServerState'
import { parsePendingChanges } from '../offline/pendingChanges'
import { setPendingCount } from '../offline/pendingCountStore'
import { docState } from '../offline/serverState'
import { boardNotCached, type LocalCopy, shouldBind } from '../offline/shouldBind'
import { type PendingTracker, trackPendingChanges } from '../offline/trackPendingChanges'
import { bindPresenceToAwareness } from '../sync/bindPresenceToAwareness'
import { bindStoreToYDoc } from '../sync/bindStoreToYDoc'
import {
	isClientIdTaken,
	reapplyRecoveredRecords,
	saveRecordsForRecovery,
	takeRecoveredRecords,
} from '../sync/clientIdRecovery'
import { participantSecret } from '../sync/participantSecret'
import { openPrivateDocSync } from '../sync/privateDocSync'
import { stopAwarenessEcho } from '../sync/stopAwarenessEcho'
import { $currentUser } from '../user/currentUser'
import { RETRY_LATER_CLOSE_CODES, setConnectionRefusal } from './connectionRefusalStore'
import { type ConnectionState, connectionState } from './connectionState'
import { createAssetStore } from './createAssetStore'

export interface BoardSync {
	storeWithStatus: TLStoreWithStatus
	connection: ConnectionState
	/** Set when the server refused the board for good (close code and reason). */
	fatal: { code: number; reason: string } | null
	provider: WebsocketProvider | null
	/** The board's Y.Doc (records, meta, meeting, ballots); null until connected. */
	doc: Y.Doc | null
	/** The board's private document (editors and facilitators only); null for viewers and until connected. */
	privateDoc: Y.Doc | null
	/** Local changes not yet confirmed as stored by the server. */
	pending: number
	/** The server cannot be reached and this device holds no copy of the board. */
	notCached: boolean
}

/** How long to wait for this device's copy of the board before going on without it (ms). */
const LOCAL_COPY_TIMEOUT_MS = 4000

function syncServerUrl(): string {
	const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
	return `${proto}//${window.location.host}${SYNC_PATH_PREFIX.replace(/\/$/, '')}`
}

/**
 * Connects a board: a Y.Doc kept in IndexedDB on this device and synced over the
 * y-websocket provider, and — once the local copy has been read and either the server
 * has synced or the local copy holds the board — a tldraw store bound to it, with
 * presence through awareness. Counts local changes the server has not yet confirmed.
 */
export function useBoardSync(boardId: string, readOnly: boolean): BoardSync {
	const [store, setStore] = useState<TLStore | null>(null)
	const [providerStatus, setProviderStatus] = useState<'connected' | 'connecting' | 'disconnected'>('connecting')
	const [everConnected, setEverConnected] = useState(false)
	const [online, setOnline] = useState(() => navigator.onLine)
	const [fatal, setFatal] = useState<BoardSync['fatal']>(null)
	const [provider, setProvider] = useState<WebsocketProvider | null>(null)
	const [yDoc, setYDoc] = useState<Y.Doc | null>(null)
	const [privateDoc, setPrivateDoc] = useState<Y.Doc | null>(null)
	const [pending, setPending] = useState(0)
	const [unreachable, setUnreachable] = useState(false)
	const [localCopy, setLocalCopy] = useState<LocalCopy>('loading')
	const [hasRecords, setHasRecords] = useState(false)
	const $status = useMemo(() => atom<'online' | 'offline'>('board connection', 'offline'), [])
	const $mode = useMemo(() => atom<'readonly' | 'readwrite'>('board mode', 'readwrite'), [])
	$mode.set(readOnly ? 'readonly' : 'readwrite')

	useEffect(() => {
		const doc = new Y.Doc()
		const records = getYRecords(doc)
		const cleanups: (() => void)[] = []
		let disposed = false
		let bound = false
		let serverSynced = false
		let copy: LocalCopy = 'loading'
		let currentStore: TLStore | null = null

		// This device's copy of the board, read before anything is bound.
		let persistence: IndexeddbPersistence | null = null
		try {
			persistence = new IndexeddbPersistence(boardDbName(boardId), doc)
		} catch {
			persistence = null
		}
		const token = tokenFor(boardId)
		const wsProvider = new WebsocketProvider(syncServerUrl(), boardId, doc, {
			disableBc: true,
			params: {
				...(token ? { [TOKEN_QUERY_PARAM]: token } : {}),
				[PARTICIPANT_QUERY_PARAM]: participantSecret(),
			},
			// Our close codes say what is final (y-websocket alone would give up on every 44xx, 4429 and 4409 included).
			shouldReconnect: (event) => !FATAL_CLOSE_CODES.includes(event.code),
		})
		stopAwarenessEcho(wsProvider)
		// Editors and facilitators also sync the private document (联系方式); a viewer never opens it.
		const privateSync = readOnly ? null : openPrivateDocSync(boardId, syncServerUrl(), token)
		setProvider(wsProvider)
		setYDoc(doc)
		setPrivateDoc(privateSync?.doc ?? null)
		setPending(0)
		setUnreachable(false)
		setLocalCopy('loading')
		setHasRecords(false)

		const tracker: PendingTracker | null = readOnly
			? null
			: trackPendingChanges({
					doc,
					records: records as Y.Map<unknown>,
					isForeignOrigin: (origin) => origin === wsProvider || (persistence !== null && origin === persistence),
					isSynced: () => wsProvider.wsconnected && wsProvider.synced,
					fetchServerState: () => fetchServerState(boardId),
					initial: parsePendingChanges(readPendingJson(boardId)),
					save: (list) => {
						if (!disposed) writePendingJson(boardId, list.length > 0 ? JSON.stringify(list) : null)
					},
					onCount: (n) => {
						setPending(n)
						setPendingCount(n)
					},
				})

		const onStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
			setProviderStatus(status)
			$status.set(status === 'connected' ? 'online' : 'offline')
			if (status === 'connected') {
				setEverConnected(true)
				setUnreachable(false)
			}
		}
		// Stops counting changes and deletes this device's copy of the board (access lost, or signed out here).
		const dropLocalCopy = (): Promise<void> => {
			disposed = true
			tracker?.dispose()
			const clearing = persistence?.clearData() ?? Promise.resolve()
			persistence = null
			const clearingPrivate = privateSync?.clearLocalCopy() ?? Promise.resolve()
			return Promise.all([clearing, clearingPrivate]).then(() => forgetOfflineBoard(boardId))
		}
		cleanups.push(
			registerBoardRelease(boardId, () => {
				wsProvider.shouldConnect = false
				wsProvider.disconnect()
				return dropLocalCopy()
			}),
		)
		const onClose = (event: CloseEvent | null) => {
			// This page's client id belongs to someone else: start over under a new one, keeping what it shows.
			if (isClientIdTaken(event)) {
				wsProvider.shouldConnect = false
				if (currentStore) saveRecordsForRecovery(boardId, currentStore)
				disposed = true
				tracker?.dispose()
				writePendingJson(boardId, null)
				void (persistence?.clearData() ?? Promise.resolve()).finally(() => window.location.reload())
				return
			}
			// Turned away for now (too many connects, board or link full): the server is there; say why while the provider retries.
			const turnedAway = event !== null && RETRY_LATER_CLOSE_CODES.includes(event.code)
			if (!wsProvider.wsconnected && !turnedAway) setUnreachable(true)
			if (event) setConnectionRefusal(event.code)
			if (event && FATAL_CLOSE_CODES.includes(event.code)) {
				wsProvider.shouldConnect = false
				setFatal({ code: event.code, reason: event.reason })
				// The person lost access: nothing of the board stays on this device.
				if (ACCESS_LOST_CLOSE_CODES.includes(event.code)) void dropLocalCopy()
			}
		}
		const onError = () => {
			if (!wsProvider.wsconnected) setUnreachable(true)
		}
		const maybeBind = () => {
			setHasRecords(records.size > 0)
			if (!shouldBind({ bound, localCopy: copy, serverSynced, hasRecords: records.size > 0 })) return
			bind()
		}
		const onSync = (synced: boolean) => {
			if (!synced) return
			setConnectionRefusal(null)
			serverSynced = true
			tracker?.kick()
			maybeBind()
		}
		const localCopyDone = (state: LocalCopy) => {
			if (disposed || copy !== 'loading') return
			copy = state
			setLocalCopy(state)
			// Changes saved by an earlier page that never reached IndexedDB are gone: stop counting them.
			tracker?.retainKnown(docState(doc))
			maybeBind()
		}
		if (persistence) {
			persistence.on('synced', () => localCopyDone('loaded'))
			persistence._db.catch(() => localCopyDone('unavailable'))
		} else localCopyDone('unavailable')
		const copyTimer = setTimeout(() => {
			// IndexedDB hangs (some private modes): go on without it; it may still merge in later.
			if (copy === 'loading') {
				copy = 'unavailable'
				setLocalCopy('unavailable')
				maybeBind()
			}
		}, LOCAL_COPY_TIMEOUT_MS)
		cleanups.push(() => clearTimeout(copyTimer))

		const bind = () => {
			bound = true
			const tlStore = createTLStore({
				shapeUtils: allBoardShapeUtils,
				bindingUtils: defaultBindingUtils,
				assets: createAssetStore(boardId),
				collaboration: { status: $status, mode: $mode },
			})
			currentStore = tlStore
			const binding = bindStoreToYDoc(tlStore, doc, console, privateSync?.doc ?? null)
			const unbindPresence = bindPresenceToAwareness(tlStore, wsProvider.awareness, $currentUser)
			cleanups.push(() => {
				unbindPresence()
				binding.dispose()
				tlStore.dispose()
			})
			setStore(tlStore)
			// A page that had to give up its client id left its records: write them again as ours.
			const recovered = takeRecoveredRecords(boardId)
			if (recovered.length > 0 && !readOnly) reapplyRecoveredRecords(tlStore, recovered)
		}
		wsProvider.on('status', onStatus)
		wsProvider.on('connection-close', onClose)
		wsProvider.on('connection-error', onError)
		// The private document's socket refused for good (a refused write, a quota, lost access): the board
		// says so as for the main socket — its 重新进入 drops both copies — instead of silently stopping the 联系方式.
		privateSync?.provider.on('connection-close', (event: CloseEvent | null) => {
			if (!event || !FATAL_CLOSE_CODES.includes(event.code) || disposed) return
			wsProvider.shouldConnect = false
			wsProvider.disconnect()
			setFatal({ code: event.code, reason: event.reason })
			if (ACCESS_LOST_CLOSE_CODES.includes(event.code)) void dropLocalCopy()
		})
		wsProvider.on('sync', onSync)

		const onOnline = () => setOnline(true)
		const onOffline = () => setOnline(false)
		const onPageHide = () => tracker?.flush()
		// Leaving with changes the server has not confirmed loses them only when there is no local copy.
		const onBeforeUnload = (event: BeforeUnloadEvent) => {
			if (tracker && tracker.count() > 0 && copy !== 'loaded') {
				event.preventDefault()
				event.returnValue = ''
			}
		}
		window.addEventListener('online', onOnline)
		window.addEventListener('offline', onOffline)
		window.addEventListener('pagehide', onPageHide)
		window.addEventListener('beforeunload', onBeforeUnload)

		return () => {
			window.removeEventListener('online', onOnline)
			window.removeEventListener('offline', onOffline)
			window.removeEventListener('pagehide', onPageHide)
			window.removeEventListener('beforeunload', onBeforeUnload)
			for (const c of cleanups.splice(0)) c()
			tracker?.dispose()
			disposed = true
			wsProvider.destroy()
			privateSync?.destroy()
			void persistence?.destroy()
			doc.destroy()
			setStore(null)
			setProvider(null)
			setYDoc(null)
			setPrivateDoc(null)
			setPendingCount(0)
			setConnectionRefusal(null)
		}
	}, [boardId, readOnly, $status, $mode])

	const connection = connectionState(providerStatus, everConnected, online, unreachable)
	const storeWithStatus: TLStoreWithStatus = store
		? { status: 'synced-remote', connectionStatus: connection === 'connected' ? 'online' : 'offline', store }
		: { status: 'loading' }
	const notCached = boardNotCached({
		bound: store !== null,
		localCopy,
		hasRecords,
		serverUnreachable: unreachable || !online,
	})
	return { storeWithStatus, connection, fatal, provider, doc: yDoc, privateDoc, pending, notCached }
}
