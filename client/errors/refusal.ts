import { CloseCode } from '../../shared/protocol'

/**
 * What went wrong, in the words a person is shown: each kind has a title and a hint
 * (`refusal.<kind>.title` / `.hint` in client/i18n) that say what happened and what to do.
 */
export const REFUSAL_KINDS = [
	'linkRevoked',
	'linkExpired',
	'unauthorized',
	'forbidden',
	'writeRefused',
	'boardNotFound',
	'boardDeleted',
	'quotaExceeded',
	'storageUnavailable',
	'rateLimited',
	'roomFull',
	'linkFull',
	'protocolError',
	'messageTooBig',
	'internalError',
	'network',
	'lastFacilitatorLink',
	'linkNotFound',
	'invalidRequest',
	'busy',
	'unknown',
] as const
export type RefusalKind = (typeof REFUSAL_KINDS)[number]

/**
 * What the page offers besides going home:
 * - `reenter` 重新进入: clear this board's copy on this device (with the changes the
 *   server refused) and open it again — for refusals caused by what this device holds;
 * - `retry`: open it again, keeping the copy (its changes are not lost) — for refusals
 *   that pass by themselves (network, server trouble, a board restored from the trash);
 * - `none`: retrying cannot help (a deactivated link): the hint says whom to ask.
 */
export type RefusalAction = 'reenter' | 'retry' | 'none'

export interface Refusal {
	kind: RefusalKind
	action: RefusalAction
}

const ACTION: Record<RefusalKind, RefusalAction> = {
	linkRevoked: 'none',
	linkExpired: 'none',
	unauthorized: 'none',
	forbidden: 'none',
	writeRefused: 'reenter',
	boardNotFound: 'none',
	boardDeleted: 'retry',
	quotaExceeded: 'reenter',
	storageUnavailable: 'retry',
	rateLimited: 'retry',
	roomFull: 'retry',
	linkFull: 'retry',
	protocolError: 'reenter',
	messageTooBig: 'reenter',
	internalError: 'retry',
	network: 'retry',
	lastFacilitatorLink: 'none',
	linkNotFound: 'none',
	invalidRequest: 'none',
	busy: 'retry',
	unknown: 'retry',
}

function refusal(kind: RefusalKind): Refusal {
	return { kind, action: ACTION[kind] }
}

/** The refusal of a sync socket closed by the server with `code` (and its English `reason`, never shown). */
export function refusalOfClose(code: number, reason = ''): Refusal {
	switch (code) {
		case CloseCode.linkRevoked:
			return refusal(/expired/i.test(reason) ? 'linkExpired' : 'linkRevoked')
		case CloseCode.unauthorized:
			return refusal('unauthorized')
		case CloseCode.forbidden:
			return refusal('forbidden')
		case CloseCode.writeRefused:
			return refusal('writeRefused')
		case CloseCode.boardNotFound:
			return refusal('boardNotFound')
		case CloseCode.boardDeleted:
			return refusal('boardDeleted')
		case CloseCode.quotaExceeded:
			return refusal('quotaExceeded')
		case CloseCode.storageUnavailable:
			return refusal('storageUnavailable')
		case CloseCode.rateLimited:
			return refusal('rateLimited')
		case CloseCode.roomFull:
			return refusal('roomFull')
		case CloseCode.linkFull:
			return refusal('linkFull')
		case CloseCode.protocolError:
			return refusal('protocolError')
		case CloseCode.messageTooBig:
			return refusal('messageTooBig')
		case CloseCode.internalError:
			return refusal('internalError')
		default:
			return refusal('unknown')
	}
}

/** The refusal of a REST answer: its status and the error code of its JSON body (`network` when none came). */
export function refusalOfRest(status: number, code: string): Refusal {
	switch (code) {
		case 'link_revoked':
			return refusal('linkRevoked')
		case 'link_expired':
			return refusal('linkExpired')
		case 'unauthorized':
			return refusal('unauthorized')
		case 'forbidden':
		case 'creation_restricted':
			return refusal('forbidden')
		case 'board_not_found':
			return refusal('boardNotFound')
		case 'already_deleted':
			return refusal('boardDeleted')
		case 'storage_unavailable':
			return refusal('storageUnavailable')
		case 'rate_limited':
			return refusal('rateLimited')
		case 'last_facilitator_link':
			return refusal('lastFacilitatorLink')
		case 'link_not_found':
			return refusal('linkNotFound')
		case 'import_busy':
		case 'import_timeout':
		case 'export_timeout':
			return refusal('busy')
		case 'network':
			return refusal('network')
	}
	if (status === 0 || status === 502 || status === 503 || status === 504) return refusal('network')
	if (status === 401) return refusal('unauthorized')
	if (status === 403) return refusal('forbidden')
	if (status === 404) return refusal('boardNotFound')
	if (status === 429) return refusal('rateLimited')
	if (status >= 400 && status < 500) return refusal('invalidRequest')
	return refusal('unknown')
}

/** The i18n keys of a refusal's title and hint. */
export function refusalKeys(kind: RefusalKind): { title: string; hint: string } {
	return { title: `refusal.${kind}.title`, hint: `refusal.${kind}.hint` }
}
