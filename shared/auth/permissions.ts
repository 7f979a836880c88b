import { ROLES, type Role } from '../protocol'

/** The rank of each role: a higher rank can do everything a lower one can. */
const ROLE_RANK: Record<Role, number> = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>

/** True when `role` is `min` or more capable (facilitator > editor > participant > viewer). */
export function roleAtLeast(role: Role, min: Role): boolean {
	return ROLE_RANK[role] >= ROLE_RANK[min]
}

/** True when `value` is one of ROLES. */
export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** The least role each action needs. The server enforces this table; the client mirrors it in its UI. */
export const ACTION_ROLES = {
	/** Open the board, see it live with others' cursors, read its summary. */
	viewBoard: 'viewer',
	/** Read the derived plan and export it, without private fields. */
	exportBoard: 'viewer',
	/** Read images and videos placed on the board. */
	readAsset: 'viewer',
	/** Include private fields (联系方式) in the plan and exports. */
	readPrivateFields: 'editor',
	/** Change the document: cards, links, shapes. */
	editBoard: 'editor',
	/** Import lists into the board. */
	importIntoBoard: 'editor',
	/** Upload images and videos. */
	uploadAsset: 'editor',
	/** Lock and unlock template frames. */
	lockFrames: 'facilitator',
	/** Create, list and revoke share links. */
	manageLinks: 'facilitator',
	/** Rename, move to the trash, restore. */
	manageBoard: 'facilitator',
	/** Place dots in an open vote (a 参会 link votes without editing). */
	vote: 'participant',
	/** Change meeting state: follow-me requests, the shared timer, starting and ending votes. */
	runMeeting: 'facilitator',
	/** List a board's saved versions and preview one. */
	readVersions: 'viewer',
	/** Save a named version. */
	saveVersion: 'facilitator',
	/** Restore a saved version (the current state is kept as a version first). */
	restoreVersion: 'facilitator',
} as const satisfies Record<string, Role>

/** One of the actions of ACTION_ROLES. */
export type Action = keyof typeof ACTION_ROLES

/** True when `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
	return roleAtLeast(role, ACTION_ROLES[action])
}
