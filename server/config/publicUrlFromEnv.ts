/**
 * `PUBLIC_URL`: the address phones in the room open the server at (share links and their
 * QR codes point there), e.g. `http://192.168.1.20:3000` or `https://niudai.example.org`.
 * Returns its origin, or null when unset; anything but an http(s) URL stops the start
 * with a message naming the variable.
 */
export function publicUrlFromEnv(raw: string | undefined): string | null {
	const value = raw?.trim()
	if (!value) return null
	let url: URL
	try {
		url = new URL(value)
	} catch {
		throw new Error(`PUBLIC_URL must be an http(s) URL such as http://192.168.1.20:3000; got "${value}"`)
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new Error(`PUBLIC_URL must start with http:// or https://; got "${value}"`)
	}
	return url.origin
}
