import fs from 'node:fs'
import path from 'node:path'
import express, { type Request, type Response, type Router } from 'express'
import { ENCODING_SUFFIX, PRECOMPRESSED_ENCODINGS, type PrecompressedEncoding, pickEncoding } from './pickEncoding'

/** Hashed build output (`/assets/<name>-<hash>.<ext>`): never changes, cached for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
/** The app shell and other unhashed files: always revalidated, so a new build is picked up at once. */
export const REVALIDATE_CACHE = 'no-cache'
/** Unhashed files in the client's public folder (favicons and the like). */
const PUBLIC_FILE_CACHE = 'public, max-age=3600'

/** The content types of what a build holds; anything else is left to express. */
const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
}

/** The encodings a file has precompressed copies for (cached: a build never changes under a running server). */
function copiesOf(file: string, cache: Map<string, PrecompressedEncoding[]>): PrecompressedEncoding[] {
	let found = cache.get(file)
	if (!found) {
		found = PRECOMPRESSED_ENCODINGS.filter((e) => fs.existsSync(file + ENCODING_SUFFIX[e]))
		cache.set(file, found)
	}
	return found
}

/**
 * Sends one file of the built client, or its brotli/gzip copy when the request accepts it
 * (`Content-Encoding`, the original's `Content-Type`, `Vary: Accept-Encoding`) with the
 * given Cache-Control. Calls `next` when the file does not exist.
 */
function sendClientFile(
	req: Request,
	res: Response,
	next: (err?: unknown) => void,
	file: string,
	cacheControl: string,
	copies: Map<string, PrecompressedEncoding[]>,
): void {
	const ext = path.extname(file).toLowerCase()
	const type = CONTENT_TYPES[ext]
	const available = type ? copiesOf(file, copies) : []
	const encoding = available.length ? pickEncoding(req.headers['accept-encoding'], available) : null
	if (available.length) res.vary('Accept-Encoding')
	if (type) res.type(type)
	res.setHeader('Cache-Control', cacheControl)
	if (encoding) res.setHeader('Content-Encoding', encoding)
	res.sendFile(
		encoding ? file + ENCODING_SUFFIX[encoding] : file,
		// Our own Cache-Control; send's would replace it.
		{ cacheControl: false, dotfiles: 'deny' },
		(err?: NodeJS.ErrnoException) => {
			if (!err) return
			if (res.headersSent) return
			res.removeHeader('Content-Encoding')
			res.removeHeader('Cache-Control')
			if (err.code === 'ENOENT' || err.code === 'EISDIR' || (err as { status?: number }).status === 404) next()
			else next(err)
		},
	)
}

/**
 * The built client: hashed files under /assets/ (precompressed copies when accepted, cached
 * for a year as immutable), other files of the build (`/sw.js` and the like, revalidated),
 * and index.html for the app's pages, never cached without revalidation.
 */
export function serveClient(clientDir: string): Router {
	const root = path.resolve(clientDir)
	const indexHtml = path.join(root, 'index.html')
	const copies = new Map<string, PrecompressedEncoding[]>()
	const router = express.Router()

	router.get(/^\/assets\/[^/]+$/, (req, res, next) => {
		let name: string
		try {
			name = decodeURIComponent(req.path.slice('/assets/'.length))
		} catch {
			return next('router')
		}
		// Copies are not addressed directly, nor anything outside the folder: not found.
		if (/[/\\\0]/.test(name) || name.startsWith('.') || /\.(?:br|gz)$/.test(name)) return next('router')
		sendClientFile(req, res, next, path.join(root, 'assets', name), IMMUTABLE_CACHE, copies)
	})
	// The service worker (its precache list inside) must be revalidated on every check, or the
	// browser keeps an old one and with it an old build.
	router.get('/sw.js', (req, res, next) =>
		sendClientFile(req, res, next, path.join(root, 'sw.js'), REVALIDATE_CACHE, copies),
	)
	router.get('/index.html', (req, res, next) => sendClientFile(req, res, next, indexHtml, REVALIDATE_CACHE, copies))
	router.use(
		express.static(root, {
			index: false,
			maxAge: 0,
			setHeaders: (res) => res.setHeader('Cache-Control', PUBLIC_FILE_CACHE),
		}),
	)
	router.get(['/', '/b/:id', '/b/:id/*rest'], (req, res, next) =>
		sendClientFile(req, res, next, indexHtml, REVALIDATE_CACHE, copies),
	)
	return router
}
