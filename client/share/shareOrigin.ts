/** Hosts a phone in the room can never reach: they name the computer the browser runs on. */
export function isLoopbackHost(hostname: string): boolean {
	const h = hostname.toLowerCase().replace(/^\[|\]$/g, '')
	return (
		h === 'localhost' ||
		h.endsWith('.localhost') ||
		h === '::1' ||
		h === '0.0.0.0' ||
		/^127(\.\d{1,3}){3}$/.test(h) ||
		/^::ffff:127(\.\d{1,3}){3}$/.test(h)
	)
}

/** Where a share link and its QR code point, and whether phones can open it. */
export interface ShareOrigin {
	origin: string
	/** The origin is this computer itself (127.0.0.1, localhost): a phone cannot open it. */
	unreachableFromPhones: boolean
}

/**
 * The origin of share links: the server's PUBLIC_URL when it has one, else the address
 * this browser opened the board with (the request's host).
 */
export function shareOrigin(publicUrl: string | null | undefined, locationOrigin: string): ShareOrigin {
	let origin = locationOrigin
	if (publicUrl) {
		try {
			origin = new URL(publicUrl).origin
		} catch {
			// An unusable PUBLIC_URL (the server checks it at start): the page's own address.
		}
	}
	let hostname = ''
	try {
		hostname = new URL(origin).hostname
	} catch {
		hostname = ''
	}
	return { origin, unreachableFromPhones: isLoopbackHost(hostname) }
}
