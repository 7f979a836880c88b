import type { Role } from '../protocol'

/**
 * The activity log (留痕): every change the server applies, attributed to the share link it
 * came through (its label and role: these the server knows) and the display name the
 * connection presented (self-declared: shown as such). Kept in storage (table `activity`),
 * never in the Y.Doc; written by the node that applied the change.
 */

/** What happened. */
export const ACTIVITY_KINDS = [
	'card_created',
	'card_edited',
	'card_deleted',
	'link_made',
	'link_edited',
	'link_deleted',
	'comment_added',
	'thread_resolved',
	'thread_reopened',
	'vote_started',
	'vote_ended',
	'meeting_started',
	'meeting_ended',
	'version_saved',
	'version_restored',
	'share_link_created',
	'share_link_revoked',
] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

/**
 * Consecutive edits of the same card or link by the same actor (link, role and name) are
 * merged into one entry while each follows the previous within this many ms…
 */
export const ACTIVITY_COALESCE_MS = 60_000
/** …and the entry spans at most this long (a long editing session still gets several lines). */
export const ACTIVITY_COALESCE_MAX_SPAN_MS = 10 * 60_000

/** Who did it: the link (trusted, from the token) and the name (self-declared). */
export interface ActivityActor {
	/** The share link's id; null for the admin token or the server itself. */
	linkId: string | null
	/** The link's label ("" when it has none; "管理员" is never stored: see role). */
	linkLabel: string
	/** The link's role; null for the server's own changes (automatic versions). */
	role: Role | null
	/** The display name the connection presented in its presence, or sent with a REST call ("" when none). */
	name: string
}

/** One entry of the activity log. */
export interface ActivityEntry {
	/** Increasing per board (storage sequence). */
	id: number
	boardId: string
	/** Server time, epoch ms (of the first change when several were merged: see lastAt). */
	at: number
	/**
	 * Server time of the last change merged into this entry: consecutive edits of one target
	 * by the same actor within ACTIVITY_COALESCE_MS are one entry (a drag, typing a title).
	 * Equal to `at` for a single change; the server always sends it.
	 */
	lastAt?: number
	kind: ActivityKind
	actor: ActivityActor
	/** The card, link, vote, version or share link concerned (a record id, vote id, version id or link id), or null. */
	targetId: string | null
	/** What it was (card kind `need`/`resource`/`actor`/`project`, `link`, `vote` …), or null. */
	targetType: string | null
	/** The target's title as it was then, so a deleted card keeps a readable line. */
	targetTitle: string
	/** For edits: the fields that changed (prop keys such as `title`, `status`, `budget`). */
	fields: string[]
}

/** `GET /api/boards/:id/activity` (facilitator) query: all optional. */
export interface ActivityQuery {
	/** Only entries at or after / before these epoch ms. */
	from?: number
	to?: number
	/** Only entries whose actor name or link label equals this. */
	person?: string
	/** Entries with id below this (paging backwards from the newest). */
	before?: number
	/** At most this many (default 200, at most 1000). */
	limit?: number
}

/** `GET /api/boards/:id/activity` response: newest first. */
export interface ActivityPage {
	entries: ActivityEntry[]
	/** Pass as `before` for the next page, or null when there is none. */
	nextBefore: number | null
}

/** Who created a card and who changed it last (`GET /api/boards/:id/activity/shapes/:shapeId`, any link). */
export interface ShapeAttribution {
	created: { actor: ActivityActor; at: number } | null
	lastModified: { actor: ActivityActor; at: number } | null
}

/** The header a REST call carries its display name in (URI-encoded), for versions and links. */
export const DISPLAY_NAME_HEADER = 'x-niudai-name'
