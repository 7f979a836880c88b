// Starts fetching a board's preview (GET /api/boards/:id/preview) while the app's code is
// still downloading: a classic async script in index.html's head runs as soon as it
// arrives, a second before the app's first module can (it waits for React) and before the
// canvas's code takes the network. The app takes the answer over from
// `window.__niudaiPreviewStart` (client/preview/previewStore.ts) and fetches it itself when
// this did not run. Plain JS without imports (it is not bundled): keep it in step with
// shared/protocol.ts (BOARD_PATH_PREFIX, BOARD_ID_PATTERN, TOKEN_QUERY_PARAM) and
// client/auth/boardTokens.ts (where this browser keeps its tokens).
;(() => {
	try {
		const match = /^\/b\/([A-Za-z0-9_-]{10,32})\/?$/.exec(window.location.pathname)
		if (!match || navigator.onLine === false) return
		const boardId = match[1]
		let token = new URLSearchParams(window.location.search).get('t')
		if (!token) {
			const boards = JSON.parse(localStorage.getItem('niudai.boards') || '{}')
			token = boards?.[boardId]?.token || localStorage.getItem('niudai.adminToken')
		}
		const response = fetch(`/api/boards/${boardId}/preview`, {
			headers: token ? { authorization: `Bearer ${token}` } : {},
		}).catch(() => null)
		window.__niudaiPreviewStart = { boardId, response }
	} catch {
		// No preview then: the app shows its loading screen.
	}
})()
