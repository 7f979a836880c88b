/**
 * Registers the app-shell service worker (`/sw.js`) in production builds. Browsers allow
 * service workers only on secure contexts (https, or localhost): on a plain `http://`
 * LAN address nothing is registered — the board's IndexedDB copy still works there, but
 * a page reloaded offline cannot load the app itself.
 */
export function registerServiceWorker(): void {
	if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
	if (!window.isSecureContext) return
	const register = () => {
		navigator.serviceWorker.register('/sw.js').then(
			async () => {
				const registration = await navigator.serviceWorker.ready
				// Files this page loaded before the worker ran (fonts, icons, translations, chunks).
				const urls = performance
					.getEntriesByType('resource')
					.map((e) => e.name)
					.filter((u) => u.startsWith(`${window.location.origin}/assets/`))
				registration.active?.postMessage({ type: 'cache-assets', urls })
			},
			(err: unknown) => console.warn('service worker not registered', err),
		)
	}
	if (document.readyState === 'complete') register()
	else window.addEventListener('load', register, { once: true })
}
