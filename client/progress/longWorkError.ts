import { refusalOfError } from '../errors/refusalText'

/** Which plain-language line (`guidance.progress.errors.<kind>`) explains a failed export or import. */
export type LongWorkErrorKind = 'network' | 'busy' | 'forbidden' | 'other'

/** The kind of a long work's failure: from the REST answer when there was one, else `other` (never the raw English message). */
export function longWorkErrorKind(error: unknown): LongWorkErrorKind {
	switch (refusalOfError(error).kind) {
		case 'network':
			// refusalOfError calls anything that is not a REST answer `network`; only a fetch failure is one.
			return error instanceof TypeError ? 'network' : 'other'
		case 'busy':
		case 'rateLimited':
		case 'storageUnavailable':
			return 'busy'
		case 'forbidden':
		case 'unauthorized':
		case 'linkRevoked':
		case 'linkExpired':
			return 'forbidden'
		default:
			return 'other'
	}
}
