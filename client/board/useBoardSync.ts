import {
	atom,
	createTLStore,
	defaultBindingUtils,
	defaultShapeUtils,
	type TLStore,
	type TLStoreWithStatus,
} from '@tldraw/tldraw'
import { useEffect, useMemo, useState } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { FATAL_CLOSE_CODES, SYNC_PATH_PREFIX, TOKEN_QUERY_PARAM } from '../../shared/protocol'
import { tokenFor } from '../auth/boardTokens'
import { cardShapeUtils } from '../cards/cardShapeUtils'
import { bindPresenceToAwareness } from '../sync/bindPresenceToAwareness'
import { bindStoreToYDoc } from '../sync/bindStoreToYDoc'
import { $currentUser } from '../user/currentUser'
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
}

function syncServerUrl(): string {
	const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
	return `${proto}//${window.location.host}${SYNC_PATH_PREFIX.replace(/\/$/, '')}`
}

/**
 * Connects a board: a Y.Doc over the y-websocket provider, and — once the first sync
 * is complete — a tldraw store bound to it, with presence through awareness.
 */
export function useBoardSync(boardId: string, readOnly: boolean): BoardSync {
	const [store, setStore] = useState<TLStore | null>(null)
	const [providerStatus, setProviderStatus] = useState<'connected' | 'connecting' | 'disconnected'>('connecting')
	const [everConnected, setEverConnected] = useState(false)
	const [online, setOnline] = useState(() => navigator.onLine)
	const [fatal, setFatal] = useState<BoardSync['fatal']>(null)
	const [provider, setProvider] = useState<WebsocketProvider | null>(null)
	const [yDoc, setYDoc] = useState<Y.Doc | null>(null)
	const $status = useMemo(() => atom<'online' | 'offline'>('board connection', 'offline'), [])
	const $mode = useMemo(() => atom<'readonly' | 'readwrite'>('board mode', 'readwrite'), [])
	$mode.set(readOnly ? 'readonly' : 'readwrite')

	useEffect(() => {
		const doc = new Y.Doc()
		const token = tokenFor(boardId)
		const wsProvider = new WebsocketProvider(syncServerUrl(), boardId, doc, {
			disableBc: true,
			params: token ? { [TOKEN_QUERY_PARAM]: token } : {},
		})
		setProvider(wsProvider)
		setYDoc(doc)
		const cleanups: (() => void)[] = []

		const onStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
			setProviderStatus(status)
			$status.set(status === 'connected' ? 'online' : 'offline')
			if (status === 'connected') setEverConnected(true)
		}
		const onClose = (event: CloseEvent | null) => {
			if (event && FATAL_CLOSE_CODES.includes(event.code)) {
				wsProvider.shouldConnect = false
				setFatal({ code: event.code, reason: event.reason })
			}
		}
		let bound = false
		const onSync = (synced: boolean) => {
			if (!synced || bound) return
			bound = true
			const tlStore = createTLStore({
				shapeUtils: [...defaultShapeUtils, ...cardShapeUtils],
				bindingUtils: defaultBindingUtils,
				assets: createAssetStore(boardId),
				collaboration: { status: $status, mode: $mode },
			})
			const binding = bindStoreToYDoc(tlStore, doc)
			const unbindPresence = bindPresenceToAwareness(tlStore, wsProvider.awareness, $currentUser)
			cleanups.push(() => {
				unbindPresence()
				binding.dispose()
				tlStore.dispose()
			})
			setStore(tlStore)
		}
		wsProvider.on('status', onStatus)
		wsProvider.on('connection-close', onClose)
		wsProvider.on('sync', onSync)

		const onOnline = () => setOnline(true)
		const onOffline = () => setOnline(false)
		window.addEventListener('online', onOnline)
		window.addEventListener('offline', onOffline)

		return () => {
			window.removeEventListener('online', onOnline)
			window.removeEventListener('offline', onOffline)
			for (const c of cleanups.splice(0)) c()
			wsProvider.destroy()
			doc.destroy()
			setStore(null)
			setProvider(null)
			setYDoc(null)
		}
	}, [boardId, $status, $mode])

	const connection = connectionState(providerStatus, everConnected, online)
	const storeWithStatus: TLStoreWithStatus = store
		? { status: 'synced-remote', connectionStatus: connection === 'connected' ? 'online' : 'offline', store }
		: { status: 'loading' }
	return { storeWithStatus, connection, fatal, provider, doc: yDoc }
}
