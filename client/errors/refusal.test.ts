import { describe, expect, it } from 'vitest'
import { CloseCode } from '../../shared/protocol'
import { en } from '../i18n/en'
import { zh } from '../i18n/zh'
import { REFUSAL_KINDS, type RefusalAction, type RefusalKind, refusalOfClose, refusalOfRest } from './refusal'

describe('refusalOfClose: a close code → what the page says and offers', () => {
	it.each<[string, number, string, RefusalKind, RefusalAction]>([
		['a deactivated link', CloseCode.linkRevoked, 'link revoked', 'linkRevoked', 'none'],
		['an expired link', CloseCode.linkRevoked, 'link expired', 'linkExpired', 'none'],
		['an unknown token', CloseCode.unauthorized, 'unauthorized: unknown token', 'unauthorized', 'none'],
		['another board’s link', CloseCode.forbidden, 'forbidden: token is for another board', 'forbidden', 'none'],
		[
			'one refused write',
			CloseCode.writeRefused,
			'write refused: editor may not change "meeting"',
			'writeRefused',
			'reenter',
		],
		['a missing board', CloseCode.boardNotFound, 'board not found', 'boardNotFound', 'none'],
		['a board in the trash', CloseCode.boardDeleted, 'board deleted', 'boardDeleted', 'retry'],
		['the size quota', CloseCode.quotaExceeded, 'quota exceeded: board', 'quotaExceeded', 'reenter'],
		['storage full', CloseCode.storageUnavailable, 'storage unavailable', 'storageUnavailable', 'retry'],
		['too many connects', CloseCode.rateLimited, 'rate limited', 'rateLimited', 'retry'],
		['a full room', CloseCode.roomFull, 'room full', 'roomFull', 'retry'],
		['a full link', CloseCode.linkFull, 'link full', 'linkFull', 'retry'],
		['an undecodable frame', CloseCode.protocolError, 'protocol error: bad', 'protocolError', 'reenter'],
		['a frame too big', CloseCode.messageTooBig, '', 'messageTooBig', 'reenter'],
		['a room that would not load', CloseCode.internalError, 'internal error', 'internalError', 'retry'],
		['anything else', 4999, 'what', 'unknown', 'retry'],
	])('%s (%i)', (_what, code, reason, kind, action) => {
		expect(refusalOfClose(code, reason)).toEqual({ kind, action })
	})
})

describe('refusalOfRest: a REST error → what the page says and offers', () => {
	it.each<[number, string, RefusalKind, RefusalAction]>([
		[401, 'link_revoked', 'linkRevoked', 'none'],
		[401, 'link_expired', 'linkExpired', 'none'],
		[401, 'unauthorized', 'unauthorized', 'none'],
		[403, 'forbidden', 'forbidden', 'none'],
		[403, 'creation_restricted', 'forbidden', 'none'],
		[404, 'board_not_found', 'boardNotFound', 'none'],
		[404, 'not_found', 'boardNotFound', 'none'],
		[409, 'already_deleted', 'boardDeleted', 'retry'],
		[409, 'last_facilitator_link', 'lastFacilitatorLink', 'none'],
		[404, 'link_not_found', 'linkNotFound', 'none'],
		[503, 'storage_unavailable', 'storageUnavailable', 'retry'],
		[429, 'rate_limited', 'rateLimited', 'retry'],
		[503, 'import_busy', 'busy', 'retry'],
		[503, 'export_timeout', 'busy', 'retry'],
		[0, 'network', 'network', 'retry'],
		[502, 'http_error', 'network', 'retry'],
		[413, 'import_too_large', 'invalidRequest', 'none'],
		[400, 'invalid_body', 'invalidRequest', 'none'],
		[500, 'internal_error', 'unknown', 'retry'],
	])('%i %s', (status, code, kind, action) => {
		expect(refusalOfRest(status, code)).toEqual({ kind, action })
	})
})

describe('every refusal has words in both languages', () => {
	it.each(REFUSAL_KINDS)('%s: a title and a hint in Chinese and English, no English in the Chinese', (kind) => {
		for (const messages of [zh, en]) {
			const text = messages.refusal[kind]
			expect(text.title.length).toBeGreaterThan(3)
			expect(text.hint.length).toBeGreaterThan(5)
		}
		// The Chinese text is Chinese: no raw server words like "forbidden" or "revoked".
		expect(`${zh.refusal[kind].title}${zh.refusal[kind].hint}`).not.toMatch(/[A-Za-z]{4,}/)
	})
})
