import { createHmac, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The file under DATA_DIR holding the server's ballot secret (hex, mode 0600). */
export const BALLOT_SECRET_FILE = 'ballot-secret'

/** Bytes of a new ballot secret. */
const SECRET_BYTES = 32

/**
 * The server's ballot secret: read from `DATA_DIR/ballot-secret`, or 32 random bytes
 * written there (mode 0600) on first use. It never leaves the server and never enters a
 * document; per-board keys are derived from it (`boardBallotKey`), so voter ids stay the
 * same across restarts as long as the file is kept beside the database.
 */
export function loadOrCreateBallotSecret(dataDir: string): Buffer {
	const file = path.join(dataDir, BALLOT_SECRET_FILE)
	try {
		const stored = fs.readFileSync(file, 'utf8').trim()
		if (/^[0-9a-f]{64,}$/.test(stored)) return Buffer.from(stored, 'hex')
		if (stored !== '') throw new Error(`${file} does not hold a hex ballot secret`)
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
	}
	fs.mkdirSync(dataDir, { recursive: true })
	const secret = randomBytes(SECRET_BYTES)
	// `wx`: two servers starting on one directory never overwrite each other's secret.
	try {
		fs.writeFileSync(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateBallotSecret(dataDir)
		throw err
	}
	fs.chmodSync(file, 0o600)
	return secret
}

/** The ballot key of one board, derived from the server secret (boards never share voter ids). */
export function boardBallotKey(serverSecret: Buffer, boardId: string): Buffer {
	return createHmac('sha256', serverSecret).update(`niudai-ballots|board|${boardId}`).digest()
}

/**
 * The voter id of one participant in one vote: an HMAC of the board's ballot key over
 * `voteId|linkId|participant`. One link plus one participant secret always gives the
 * same id in a vote (so at most one ballot), a different one in every other vote, and
 * nobody without the server's secret can tell whose it is — the facilitator included.
 * `linkId` null is the admin token.
 */
export function voterIdOf(boardKey: Buffer, voteId: string, linkId: string | null, participant: string): string {
	const mac = createHmac('sha256', boardKey)
		.update(`${voteId}|${linkId ?? 'admin'}|${participant}`)
		.digest('base64url')
	// 132 bits are plenty for ids that only need to be unguessable and collision-free.
	return `voter_${mac.slice(0, 22)}`
}
