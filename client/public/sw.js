/*
 * Niudai's service worker: the app shell works offline.
 * - Navigations: network first (the answer is kept as the app shell); offline, or with no
 *   answer within a few seconds when a shell is cached, the cached shell.
 * - /assets/* (hashed file names, never change): cache first. After the page has loaded, every
 *   script and stylesheet listed in /precache.json is cached too (code loaded on demand).
 * - /api/ and /sync/: never cached, never touched.
 * Registered only on secure contexts (https or localhost) — browsers refuse it on plain http.
 */
const SHELL_CACHE = 'niudai-shell-v1'
const ASSET_CACHE = 'niudai-assets-v1'
const SHELL_KEY = '/index.html'
const NAVIGATION_TIMEOUT_MS = 4000

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// Cache the shell and what it loads right away, so the next load works offline.
			try {
				const res = await fetch('/', { cache: 'no-store' })
				if (res.ok) {
					const html = await res.clone().text()
					await (await caches.open(SHELL_CACHE)).put(SHELL_KEY, res)
					const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1])
					await cacheAssets(urls)
				}
			} catch {
				// Offline while installing: the shell is cached on the next successful navigation.
			}
			await self.skipWaiting()
		})(),
	)
})

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keep = new Set([SHELL_CACHE, ASSET_CACHE])
			for (const name of await caches.keys()) if (!keep.has(name)) await caches.delete(name)
			await self.clients.claim()
		})(),
	)
})

/** Caches same-origin /assets/ files not cached yet (the page sends what it loaded before the worker ran). */
async function cacheAssets(urls) {
	const cache = await caches.open(ASSET_CACHE)
	for (const url of urls) {
		const u = new URL(url, self.location.origin)
		if (u.origin !== self.location.origin || !u.pathname.startsWith('/assets/')) continue
		if (await cache.match(u.pathname)) continue
		try {
			const res = await fetch(u.pathname)
			if (res.ok) await cache.put(u.pathname, res)
		} catch {
			// try again next time
		}
	}
}

/** Every script and stylesheet of the build (precache.json, written at build time), or none. */
async function precacheList() {
	try {
		const res = await fetch('/precache.json', { cache: 'no-cache' })
		const list = res.ok ? await res.json() : null
		return Array.isArray(list?.assets) ? list.assets.filter((u) => typeof u === 'string') : []
	} catch {
		return []
	}
}

self.addEventListener('message', (event) => {
	const data = event.data
	if (data && data.type === 'cache-assets' && Array.isArray(data.urls)) {
		// What the page loaded first, then the code it loads on demand (panels, dialogs, other
		// pages), one file at a time in the background, so they open offline too.
		event.waitUntil(
			(async () => {
				await cacheAssets(data.urls.filter((u) => typeof u === 'string'))
				await cacheAssets(await precacheList())
			})(),
		)
	}
})

async function fromNetworkFirst(request) {
	const cache = await caches.open(SHELL_CACHE)
	const cached = await cache.match(SHELL_KEY)
	const network = fetch(request).then(async (res) => {
		const type = res.headers.get('content-type') || ''
		if (res.ok && type.includes('text/html')) await cache.put(SHELL_KEY, res.clone())
		return res
	})
	if (!cached) return network
	// A weak network: do not wait forever when a shell is at hand.
	const timeout = new Promise((resolve) => setTimeout(() => resolve(null), NAVIGATION_TIMEOUT_MS))
	try {
		return (await Promise.race([network, timeout])) || cached
	} catch {
		return cached
	}
}

async function fromCacheFirst(request) {
	const cache = await caches.open(ASSET_CACHE)
	const url = new URL(request.url)
	const cached = await cache.match(url.pathname)
	if (cached) return cached
	const res = await fetch(request)
	if (res.ok && res.type === 'basic') await cache.put(url.pathname, res.clone())
	return res
}

self.addEventListener('fetch', (event) => {
	const request = event.request
	if (request.method !== 'GET') return
	const url = new URL(request.url)
	if (url.origin !== self.location.origin) return
	if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/')) return
	if (request.mode === 'navigate') {
		event.respondWith(fromNetworkFirst(request))
		return
	}
	if (url.pathname.startsWith('/assets/')) event.respondWith(fromCacheFirst(request))
})
