import { Workbox } from 'workbox-window'
import { whenAppSettled } from './appSettled'
import { offerUpdate } from './updateReady'

/** How often an open page asks the server whether a new build is live (a meeting can last hours). */
export const UPDATE_CHECK_MS = 15 * 60 * 1000

/**
 * Registers the service worker (`/sw.js`, built from client/serviceWorker/sw.ts) in
 * production builds. Browsers allow service workers only on secure contexts (https, or
 * localhost): on a plain `http://` LAN address nothing is registered — the board's
 * IndexedDB copy still works there, but a page reloaded offline cannot load the app itself.
 *
 * It registers once the page has shown its first screen (`appSettled`), so the download of
 * the whole build does not slow a phone's first load. A new build's worker installs in the
 * background and waits; the page then offers
 * 新版本可用 · 刷新 (UpdatePrompt). Only that click lets the new worker take over and
 * reloads the page once it controls it. The browser looks for a new /sw.js on every
 * navigation; an open page also asks every UPDATE_CHECK_MS, when it is shown again and
 * when the network returns.
 */
export function registerServiceWorker(): void {
	if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
	if (!window.isSecureContext) return
	const wb = new Workbox('/sw.js')
	const reloadWhenControlled = () => {
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
	}
	// A new worker installed and waits for this page (or one it was waiting for before it loaded).
	// Only when an older one controls the page: the very first one takes over by itself.
	wb.addEventListener('waiting', (event) => {
		const controller = navigator.serviceWorker.controller
		if (!controller || controller === event.sw) return
		offerUpdate(() => {
			reloadWhenControlled()
			wb.messageSkipWaiting()
		})
	})
	// Another tab's 刷新 activated a new build: this page runs the old one; offer the reload.
	wb.addEventListener('controlling', (event) => {
		if (event.isExternal) offerUpdate(() => window.location.reload())
	})
	// Not before the first screen is up: the precache download would compete with it.
	whenAppSettled()
		.then(() => wb.register({ immediate: true }))
		.then(
			() => {
				const check = () => {
					if (navigator.onLine) void wb.update().catch(() => undefined)
				}
				setInterval(check, UPDATE_CHECK_MS)
				document.addEventListener('visibilitychange', () => {
					if (document.visibilityState === 'visible') check()
				})
				window.addEventListener('online', check)
			},
			(err: unknown) => console.warn('service worker not registered', err),
		)
}
