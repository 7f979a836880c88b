import { BOARD_PATH_PREFIX } from '../../shared/protocol'

/**
 * Navigations the service worker answers with the app shell when the network does not:
 * the home page, every board page (`/b/<id>`, its plan and versions) and `/index.html`.
 * Anything else the server answers itself (`/api/`, `/sync/`, `/healthz`, `/metrics`…)
 * is never touched, online or not. Matched against a URL's pathname and search.
 */
export const APP_PAGES: RegExp[] = [
	/^\/(?:\?.*)?$/,
	new RegExp(`^${BOARD_PATH_PREFIX.replace(/\//g, '\\/')}[^/?]+(?:[/?].*)?$`),
	/^\/index\.html(?:\?.*)?$/,
]

/** Whether a navigation to this pathname and search loads the app shell. */
export function isAppPage(pathnameAndSearch: string): boolean {
	return APP_PAGES.some((page) => page.test(pathnameAndSearch))
}
