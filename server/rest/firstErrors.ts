/** The most entries an error list (`issues`, `problems`) holds; `issueCount` / `problemCount` give the total. */
export const MAX_LISTED_ERRORS = 100

/** The most characters of one text in a listed error (ids, paths, messages may echo what was sent). */
export const MAX_ERROR_TEXT = 300

/** `text`, cut to `MAX_ERROR_TEXT` characters with an ellipsis. */
export function clipErrorText(text: string): string {
	return text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text
}

/**
 * The first `MAX_LISTED_ERRORS` entries of `errors`, each passed through `clip` (which
 * should shorten its texts with `clipErrorText`), and how many there were in all — so
 * an error answer stays a few dozen KB whatever the request held.
 */
export function firstErrors<T>(errors: readonly T[], clip: (error: T) => T): { list: T[]; count: number } {
	return { list: errors.slice(0, MAX_LISTED_ERRORS).map(clip), count: errors.length }
}
