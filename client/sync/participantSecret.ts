const KEY = 'niudai.participant'
let memory: string | null = null

function randomSecret(): string {
	const bytes = new Uint8Array(24)
	crypto.getRandomValues(bytes)
	return btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '')
}

/**
 * This browser's participant secret, sent with every sync socket (PARTICIPANT_QUERY_PARAM):
 * the server binds the Yjs client ids this browser writes under to it, so no other
 * participant can write or present under them. Random, kept in localStorage, never shown
 * to others (not in presence, not in the doc).
 */
export function participantSecret(): string {
	try {
		const saved = localStorage.getItem(KEY)
		if (saved && /^[A-Za-z0-9_-]{16,128}$/.test(saved)) return saved
		const fresh = randomSecret()
		localStorage.setItem(KEY, fresh)
		return fresh
	} catch {
		memory ??= randomSecret()
		return memory
	}
}
