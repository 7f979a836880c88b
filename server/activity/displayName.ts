/** Longest display name kept in the activity log, in characters (longer ones are cut). */
export const MAX_ACTIVITY_NAME_LENGTH = 64

const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g

/** `name` without control characters, trimmed and cut to MAX_ACTIVITY_NAME_LENGTH characters. */
export function cleanDisplayName(name: string): string {
	return [...name.replace(CONTROL_CHARS, '').trim()].slice(0, MAX_ACTIVITY_NAME_LENGTH).join('').trim()
}

/**
 * The name a connection presents: its presence names (self-declared; usually one, several
 * when it controls several presence states), joined by " / ", cleaned and cut.
 */
export function presentedName(names: readonly string[]): string {
	return cleanDisplayName(
		names
			.map(cleanDisplayName)
			.filter((n) => n !== '')
			.join(' / '),
	)
}

/**
 * The display name a REST call sends in DISPLAY_NAME_HEADER (URI-encoded): `{ name }`
 * ("" when absent), cut to MAX_ACTIVITY_NAME_LENGTH characters, or `{ problem }` when it
 * is not valid URI encoding or holds control characters.
 */
export function nameFromHeader(value: string | string[] | undefined): { name: string } | { problem: string } {
	if (value === undefined) return { name: '' }
	const raw = Array.isArray(value) ? value.join(',') : value
	let decoded: string
	try {
		decoded = decodeURIComponent(raw)
	} catch {
		return { problem: 'is not valid URI encoding (send encodeURIComponent(name))' }
	}
	if (new RegExp(CONTROL_CHARS.source).test(decoded)) return { problem: 'must not contain control characters' }
	return { name: cleanDisplayName(decoded) }
}
