/** How long a navigation waits for the server before the cached app shell is shown instead. */
export const NAVIGATION_TIMEOUT_MS = 3000

/**
 * Network first, with a deadline: the server's answer when it comes within `timeoutMs`
 * (whatever its status: a 404 page is the server's to give); otherwise — offline, the
 * request failed, or the network is too slow — the cached shell. With no shell cached it
 * waits for the network however long it takes (and its error is the answer).
 */
export async function networkFirst(
	fromNetwork: () => Promise<Response>,
	cachedShell: () => Promise<Response | undefined>,
	timeoutMs: number = NAVIGATION_TIMEOUT_MS,
): Promise<Response> {
	const network = fromNetwork()
	// Answered later or never: nobody else waits for it.
	network.catch(() => undefined)
	let expire = () => {}
	const deadline = new Promise<undefined>((resolve) => {
		expire = () => resolve(undefined)
	})
	const timer = setTimeout(() => expire(), timeoutMs)
	try {
		const answer = await Promise.race([network, deadline])
		if (answer) return answer
	} catch {
		// Offline, or the server refused the connection: the shell below.
	} finally {
		clearTimeout(timer)
	}
	return (await cachedShell()) ?? network
}
