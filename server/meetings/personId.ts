import { createHmac } from 'node:crypto'

/**
 * The attendance id of one person on one board: an HMAC of the board's ballot key
 * (`boardBallotKey`) over the connection's owner key (`ownerKey`: the hash of the browser's
 * participant secret, or the link for a client without one). The same browser is the
 * same person across reconnects, reloads and links, on every node sharing the secret;
 * nobody without the server's secret can tell whose id it is.
 */
export function personIdOf(boardKey: Buffer, owner: string): string {
	const mac = createHmac('sha256', boardKey).update(`attendance|${owner}`).digest('base64url')
	return `person_${mac.slice(0, 22)}`
}
