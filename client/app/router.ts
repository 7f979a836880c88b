import { useEffect, useState } from 'react'
import { BOARD_PATH_PREFIX } from '../../shared/protocol'

/** The pages of the app. */
export type Route =
	| { page: 'home' }
	| { page: 'board'; boardId: string }
	| { page: 'plan'; boardId: string }
	| { page: 'version'; boardId: string; versionId: string }
	| { page: 'notFound' }

/** Parses a pathname into a route. */
export function parseRoute(pathname: string): Route {
	if (pathname === '/' || pathname === '') return { page: 'home' }
	if (pathname.startsWith(BOARD_PATH_PREFIX)) {
		const [rawId, sub, rawVersionId] = pathname.slice(BOARD_PATH_PREFIX.length).split('/')
		const boardId = decodeURIComponent(rawId ?? '')
		if (boardId && sub === 'plan') return { page: 'plan', boardId }
		const versionId = decodeURIComponent(rawVersionId ?? '')
		if (boardId && sub === 'v' && versionId) return { page: 'version', boardId, versionId }
		if (boardId) return { page: 'board', boardId }
	}
	return { page: 'notFound' }
}

/** Navigates without a reload. */
export function navigate(path: string): void {
	window.history.pushState(null, '', path)
	window.dispatchEvent(new PopStateEvent('popstate'))
}

/** The current route, updated on navigation. */
export function useRoute(): Route {
	const [route, setRoute] = useState(() => parseRoute(window.location.pathname))
	useEffect(() => {
		const onPop = () => setRoute(parseRoute(window.location.pathname))
		window.addEventListener('popstate', onPop)
		return () => window.removeEventListener('popstate', onPop)
	}, [])
	return route
}
