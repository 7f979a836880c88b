/** Shapes of REST responses, shared by the server and the client. */

import type { Role } from './protocol'

/** A board as the REST API returns it. */
export interface BoardSummary {
	id: string
	title: string
	/** The path a browser opens to reach the board. */
	url: string
	createdAt: number
	updatedAt: number
	/** When the board was moved to the trash, or null. */
	deletedAt: number | null
	/**
	 * The caller's role on this board (creation, `GET /api/boards/:id`, the admin's list).
	 * On creation and import `url` carries the creator's facilitator token (`/b/<id>?t=…`).
	 */
	role?: Role
}

/** A share link as `GET /api/boards/:id/links` lists it (never its token). */
export interface ShareLink {
	id: string
	role: Role
	/** A label such as "商户代表"; empty when none was given. */
	label: string
	createdAt: number
	/** When the link stops working, or null for never. */
	expiresAt: number | null
	/** When the link was last used (updated at most once a minute), or null. */
	lastUsedAt: number | null
	/** When the link was revoked, or null. */
	revokedAt: number | null
}

/** `GET /api/boards/:id/links` response. */
export interface ShareLinkList {
	links: ShareLink[]
	/** The link the request was made with (the facilitator's own), or null for the admin token. */
	currentLinkId: string | null
}

/** `POST /api/boards/:id/links` body. */
export interface CreateShareLinkBody {
	role: Role
	/** At most 40 characters. */
	label?: string
	/** Epoch milliseconds in the future. */
	expiresAt?: number
}

/** `POST /api/boards/:id/links` response (201): the only time the token is shown, inside `url`. */
export interface CreatedShareLink {
	id: string
	role: Role
	label: string
	/** `/b/<boardId>?t=<token>` */
	url: string
	createdAt: number
	expiresAt: number | null
}

/** Every error body of the REST API. */
export interface ApiErrorBody {
	error: {
		/** A stable machine-readable code, e.g. `invalid_body`. */
		code: string
		/** A readable English message saying what is wrong. */
		message: string
		/** Field-level problems, `path` in dotted form: the first 100 (texts clipped to 300 characters). */
		issues?: { path: string; message: string }[]
		/** With `issues`: how many problems there were in all. */
		issueCount?: number
	}
}

/** `GET /api/config`: what the client needs to know at start. */
export interface ClientConfig {
	tldrawLicenseKey: string | null
	version: string
	/** Where phones open the server (`PUBLIC_URL`'s origin): share links and QR codes point there; null when unset. */
	publicUrl?: string | null
}

/** `POST /api/boards/:id/assets` response. */
export interface AssetUploadResult {
	id: string
	url: string
}

/** `GET /api/templates`: one board template. */
export interface TemplateSummary {
	id: string
	zh: { name: string; description: string }
	en: { name: string; description: string }
}

/** Why a version was saved: by the facilitator, automatically (at most hourly), or just before a restore. */
export type BoardVersionKind = 'manual' | 'auto' | 'restore'

/** A saved version of a board, as the REST API lists it. */
export interface BoardVersion {
	id: string
	/** The facilitator's name for it; for a 'restore' version, the name of the version that was restored. */
	name: string
	kind: BoardVersionKind
	createdAt: number
	/** Display name of who saved it; '' when unknown or automatic. */
	createdBy: string
	/** Role of the link it was saved with; null for automatic versions. */
	role: Role | null
	/** Number of records (shapes, bindings, pages …) in it. */
	recordCount: number
	/** Number of shapes (cards, arrows, frames, drawings …) in it. */
	shapeCount: number
}

/** `GET /api/boards/:id/versions` response, newest first. */
export interface BoardVersionList {
	versions: BoardVersion[]
}

/** `POST /api/boards/:id/versions` body (facilitator). */
export interface CreateVersionBody {
	/** Trimmed, 1–80 characters. */
	name: string
	/** The saver's display name, at most 24 characters. */
	author?: string
}

/** `GET /api/boards/:id/versions/:versionId`: a version's records for the read-only preview. */
export interface BoardVersionPreview {
	version: BoardVersion
	/** The version's records, migrated to the server's schema; private fields emptied for viewers. */
	records: { id: string; typeName: string; [key: string]: unknown }[]
	/** The tldraw schema the records are written with. */
	schema: unknown
}

/** `POST /api/boards/:id/versions/:versionId/restore` body (facilitator). */
export interface RestoreVersionBody {
	author?: string
}

/** `POST /api/boards/:id/versions/:versionId/restore` response. */
export interface RestoreVersionResult {
	/** The version the board now holds again. */
	restored: BoardVersion
	/** The board as it was just before the restore, kept as a 'restore' version. */
	savedBefore: BoardVersion
	/** How many records the restore wrote and removed. */
	changed: { written: number; removed: number }
}

/** `PUT /api/boards/:id/votes/:voteId/ballot` body (editor and up): this participant's dots in an open vote. */
export interface BallotBody {
	/** Need shape ids, one per dot; the server keeps those that may receive dots, up to the vote's dots per voter. */
	dots: string[]
	/** The browser's random secret for this board (16–64 letters, digits, `-` or `_`): one per person, never shown. */
	participant: string
	/** Display name for a named vote (at most 32 characters); ignored in an anonymous vote. */
	name?: string
}

/** `PUT /api/boards/:id/votes/:voteId/ballot` response: the ballot as the server stored it in the board. */
export interface BallotResult {
	/** This participant's voter id in this vote: the ballot's key is `${voteId}:${voterId}`. */
	voterId: string
	ballot: { voteId: string; voterId: string; name: string | null; dots: string[] }
}
