import { displayName, MAX_NAME_LENGTH } from '../user/currentUser'

/** This person's display name as a version's author (at most the server's limit). */
export function authorName(): string {
	return [...displayName()].slice(0, MAX_NAME_LENGTH).join('')
}
