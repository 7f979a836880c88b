import {
	computed,
	createUserId,
	defaultUserPreferences,
	getUserPreferences,
	type Signal,
	setUserPreferences,
	type TLUser,
	UserRecordType,
} from '@tldraw/tldraw'

/** Longest display name, in characters. */
export const MAX_NAME_LENGTH = 24

/**
 * This browser's person: a stable id, a display name and a colour, kept in tldraw's
 * user preferences (localStorage), so cursors, the people menu and follow-user all
 * agree on who is who.
 */
export const $currentUser: Signal<TLUser | null> = computed('niudai current user', () => {
	const prefs = getUserPreferences()
	if (!prefs.id) return null
	return UserRecordType.create({
		id: createUserId(prefs.id),
		name: prefs.name ?? '',
		color: prefs.color ?? defaultUserPreferences.color,
	})
})

/** True once the person has told us their name. */
export function hasDisplayName(): boolean {
	return Boolean(getUserPreferences().name?.trim())
}

/** The person's display name, or ''. */
export function displayName(): string {
	return getUserPreferences().name?.trim() ?? ''
}

/** Validates a name typed by the person; returns an i18n key of the problem, or null. */
export function nameProblem(name: string): 'name.required' | 'name.tooLong' | null {
	const trimmed = name.trim()
	if (!trimmed) return 'name.required'
	if ([...trimmed].length > MAX_NAME_LENGTH) return 'name.tooLong'
	return null
}

/** Remembers the display name in this browser. */
export function setDisplayName(name: string): void {
	setUserPreferences({ ...getUserPreferences(), name: name.trim() })
}

/** Sets tldraw's UI locale. */
export function setTldrawLocale(locale: string): void {
	const prefs = getUserPreferences()
	if (prefs.locale !== locale) setUserPreferences({ ...prefs, locale })
}
