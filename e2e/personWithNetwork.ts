import type { Browser, WebSocketRoute } from '@playwright/test'
import { personContext } from './helpers'

/**
 * A person whose browser context can lose its network. `context.setOffline(true)` fails
 * every HTTP request but, in Chromium, leaves an open WebSocket working (checked: the
 * sync socket stays connected; see microsoft/playwright#4910). So the sync socket is
 * routed through Playwright from the start — every frame passes unchanged — and cutting
 * the network also closes both ends of it and refuses new sockets until the network
 * returns, as a dropped Wi-Fi would.
 */
export async function personWithNetwork(browser: Browser, name: string, viewport?: { width: number; height: number }) {
	const person = await personContext(browser, name)
	if (viewport) await person.page.setViewportSize(viewport)
	const open = new Set<WebSocketRoute>()
	let cut = false
	await person.context.routeWebSocket(/\/sync\//, (ws) => {
		if (cut) {
			void ws.close({ code: 1001, reason: 'network down' })
			return
		}
		const server = ws.connectToServer()
		open.add(ws)
		ws.onClose(() => open.delete(ws))
		server.onClose(() => open.delete(ws))
		return server
	})
	return {
		...person,
		async goOffline() {
			cut = true
			await person.context.setOffline(true)
			for (const ws of [...open]) {
				open.delete(ws)
				await ws.close({ code: 1001, reason: 'network down' })
			}
		},
		async goOnline() {
			cut = false
			await person.context.setOffline(false)
		},
	}
}
