/** Shapes of REST responses, shared by the server and the client. */

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
