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
		/** Field-level problems, `path` in dotted form. */
		issues?: { path: string; message: string }[]
	}
}

/** `GET /api/config`: what the client needs to know at start. */
export interface ClientConfig {
	tldrawLicenseKey: string | null
	version: string
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
