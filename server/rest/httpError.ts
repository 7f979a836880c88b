import type { NextFunction, Request, Response } from 'express'
import type { z } from 'zod'
import type { ApiErrorBody } from '../../shared/apiTypes'
import type { Logger } from '../logger'
import type { ServerMetrics } from '../metrics/ServerMetrics'
import { StorageUnavailableError } from '../storage/StorageUnavailableError'
import { clipErrorText, MAX_LISTED_ERRORS } from './firstErrors'

/** An error with an HTTP status and a stable code, turned into an ApiErrorBody. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly issues?: ApiErrorBody['error']['issues'],
		/** How many issues there were in all (`issues` holds the first MAX_LISTED_ERRORS). */
		readonly issueCount?: number,
	) {
		super(message)
	}
}

/** Issues named in a 400's message; `issues` lists more. */
const ISSUES_IN_MESSAGE = 10

/**
 * Parses `value` with `schema` or throws a 400 that lists the problems by path: the
 * first MAX_LISTED_ERRORS in `issues` (texts clipped), their total in `issueCount`, the
 * first ten in the message — a body of 100,000 bad keys answers a few KB.
 */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
	const result = schema.safeParse(value)
	if (result.success) return result.data
	const all = result.error.issues
	const issues = all.slice(0, MAX_LISTED_ERRORS).map((i) => ({
		path: clipErrorText(i.path.length > 0 ? i.path.join('.') : '(root)'),
		message: clipErrorText(i.message),
	}))
	const summary = issues
		.slice(0, ISSUES_IN_MESSAGE)
		.map((i) => `${i.path}: ${i.message}`)
		.join('; ')
	const more = all.length > ISSUES_IN_MESSAGE ? ` (and ${all.length - ISSUES_IN_MESSAGE} more)` : ''
	throw new HttpError(400, `invalid_${what}`, `Invalid ${what}: ${summary}${more}`, issues, all.length)
}

function sendError(res: Response, status: number, body: ApiErrorBody): void {
	res.status(status).json(body)
}

/** Express error handler: every error becomes a JSON body; no stack trace ever leaves. */
export function errorHandler(logger: Logger, metrics?: ServerMetrics) {
	return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
		if (res.headersSent) return
		if (err instanceof HttpError) {
			const count = err.issues ? { issueCount: err.issueCount ?? err.issues.length } : {}
			sendError(res, err.status, { error: { code: err.code, message: err.message, issues: err.issues, ...count } })
			return
		}
		if (err instanceof StorageUnavailableError) {
			metrics?.storageError('rest')
			logger.error({ boardId: err.boardId, err: err.message }, 'storage unavailable')
			res.setHeader('Retry-After', '5')
			sendError(res, 503, {
				error: {
					code: 'storage_unavailable',
					message:
						'The server cannot save changes right now (storage full or failing); nothing was changed. Retry later.',
				},
			})
			return
		}
		// body-parser errors carry `type` and `status`.
		const e = err as { type?: string; status?: number; message?: string }
		if (e?.type === 'entity.parse.failed') {
			sendError(res, 400, { error: { code: 'invalid_json', message: `Malformed JSON body: ${e.message ?? ''}` } })
			return
		}
		if (e?.type === 'entity.too.large') {
			sendError(res, 413, { error: { code: 'body_too_large', message: 'Request body is too large' } })
			return
		}
		if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
			sendError(res, e.status, { error: { code: 'bad_request', message: e.message ?? 'Bad request' } })
			return
		}
		logger.error({ err }, 'unhandled error')
		sendError(res, 500, { error: { code: 'internal', message: 'Internal server error' } })
	}
}
