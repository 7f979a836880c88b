import { forgetOfflineBoard } from '../offline/boardOfflineCache'
import { forgetCanvasPictures } from '../plan/canvasPicture'
import { forgetVoterIdentity } from '../vote/voterIdentity'
import { forgetBoard } from './boardTokens'

/** How long to wait for the open board to let go of its local copy before deleting it anyway (ms). */
const RELEASE_TIMEOUT_MS = 3000

const releasers = new Map<string, () => Promise<void>>()

/**
 * The live board registers how to stop syncing and close its local copy, so signing out
 * never races a write to what it deletes. Returns the unregister function.
 */
export function registerBoardRelease(boardId: string, release: () => Promise<void>): () => void {
	releasers.set(boardId, release)
	return () => {
		if (releasers.get(boardId) === release) releasers.delete(boardId)
	}
}

/**
 * Drops this device's copy of a board — and with it changes the server refused (a board
 * over its size quota) — but keeps the link: the open board stops syncing and closes its
 * copy first (waited for at most RELEASE_TIMEOUT_MS).
 */
export async function discardLocalCopy(boardId: string): Promise<void> {
	const release = releasers.get(boardId)
	if (release) {
		let timer: ReturnType<typeof setTimeout> | undefined
		await Promise.race([
			release().catch(() => undefined),
			new Promise<void>((resolve) => {
				timer = setTimeout(resolve, RELEASE_TIMEOUT_MS)
			}),
		])
		clearTimeout(timer)
	}
	await forgetOfflineBoard(boardId)
}

/**
 * "在此设备上退出": forgets this board's token (and with it the home page's entry), stops
 * the open board from syncing, and deletes everything this device keeps of it (summary,
 * pending list, IndexedDB copy, voter identity, a canvas picture left for printing). The
 * operator's admin token and the browser-wide participant secret are kept.
 */
export async function signOutOfBoard(boardId: string): Promise<void> {
	forgetBoard(boardId)
	await discardLocalCopy(boardId)
	forgetVoterIdentity(boardId)
	forgetCanvasPictures(boardId)
	// Whatever the board wrote while letting go, it is not remembered here any more.
	forgetBoard(boardId)
}
