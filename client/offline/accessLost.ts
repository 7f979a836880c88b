import { CloseCode } from '../../shared/protocol'

/**
 * Socket close codes after which this person has no access to the board any more: its
 * copy on this device is deleted. (A protocol error or an oversized frame is fatal for
 * the connection but says nothing about access, so the copy is kept.)
 */
export const ACCESS_LOST_CLOSE_CODES: readonly number[] = [
	CloseCode.unauthorized,
	CloseCode.forbidden,
	CloseCode.linkRevoked,
	CloseCode.boardNotFound,
	CloseCode.boardDeleted,
]

/** REST statuses that refuse the board for good (the server answered; not a network problem). */
export function restRefusesAccess(status: number): boolean {
	return status === 401 || status === 403 || status === 404
}

/** A failed REST call the server did not really answer: no network, or a proxy with the server down. */
export function isUnreachable(status: number): boolean {
	return status === 0 || status === 502 || status === 503 || status === 504
}
