/*
 * Niudai's service worker (built by vite-plugin-pwa's injectManifest into /sw.js, workbox
 * bundled in: nothing is loaded from elsewhere).
 * - The build's files are precached from a list with a revision per file, written at build
 *   time (`self.__WB_MANIFEST`): the app shell (index.html) and every script, stylesheet,
 *   font, icon and tldraw translation the app uses. Activating a new build removes the files
 *   the old build had and this build has not (cleanupOutdatedCaches, workbox's activate).
 * - Navigations to the app's pages: network first; offline, or with no answer within
 *   NAVIGATION_TIMEOUT_MS, the precached shell.
 * - /api/ and /sync/ are never cached, never touched.
 * - A new build waits until the page asks it to take over (the 新版本可用 prompt's 刷新:
 *   `{ type: 'SKIP_WAITING' }`), so nobody's page is reloaded mid-meeting.
 */
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, matchPrecache, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { APP_PAGES } from './appPages'
import { networkFirst } from './networkFirst'

/** The parts of the service worker's global scope used here (the DOM lib has no WebWorker types). */
interface ExtendableEventLike extends Event {
	waitUntil(promise: Promise<unknown>): void
}
interface ServiceWorkerScope {
	__WB_MANIFEST: Array<PrecacheEntry | string>
	skipWaiting(): Promise<void>
	addEventListener(type: 'message', listener: (event: ExtendableEventLike & { data: unknown }) => void): void
	addEventListener(type: 'activate', listener: (event: ExtendableEventLike) => void): void
}
declare const self: ServiceWorkerScope

/** The app shell's URL in the precache. */
const SHELL_URL = '/index.html'
/** Caches of the hand-written worker this one replaces (it kept every deploy's files). */
const LEGACY_CACHES = ['niudai-shell-v1', 'niudai-assets-v1']

// Before the precache's own route, which would answer `/` from the cache first.
registerRoute(
	new NavigationRoute(
		({ request }) =>
			networkFirst(
				() => fetch(request),
				() => matchPrecache(SHELL_URL),
			),
		{ allowlist: APP_PAGES },
	),
)
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
// The first worker controls the page that registered it at once, so what the page loads
// next (a panel's code) goes through it; a later one only once it was asked to take over.
clientsClaim()

self.addEventListener('activate', (event) => {
	event.waitUntil(Promise.all(LEGACY_CACHES.map((name) => caches.delete(name))))
})

self.addEventListener('message', (event) => {
	const data = event.data
	if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') {
		event.waitUntil(self.skipWaiting())
	}
})
