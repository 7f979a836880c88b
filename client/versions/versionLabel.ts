import type { BoardVersion } from '../../shared/apiTypes'

/** Longest version name the server accepts, in characters. */
export const MAX_VERSION_NAME = 80

/** An i18n key and its values. */
export interface Label {
	key: string
	values: Record<string, string>
}

/** How a version is titled in the history list: its name, or what kind of version it is. */
export function versionLabel(v: Pick<BoardVersion, 'kind' | 'name'>): Label {
	if (v.kind === 'restore') {
		return v.name
			? { key: 'versions.kindRestore', values: { name: v.name } }
			: { key: 'versions.kindRestoreUnnamed', values: {} }
	}
	if (v.kind === 'auto' || !v.name) return { key: 'versions.kindAuto', values: {} }
	return { key: 'versions.manual', values: { name: v.name } }
}

/** The problem with a typed version name as an i18n key, or null when it can be saved. */
export function versionNameProblem(name: string): 'versions.nameRequired' | 'versions.nameTooLong' | null {
	const trimmed = name.trim()
	if (!trimmed) return 'versions.nameRequired'
	if ([...trimmed].length > MAX_VERSION_NAME) return 'versions.nameTooLong'
	return null
}
