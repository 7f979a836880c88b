import type {
	ApiErrorBody,
	AssetUploadResult,
	BallotBody,
	BallotResult,
	BoardSummary,
	BoardVersion,
	BoardVersionList,
	BoardVersionPreview,
	ClientConfig,
	RestoreVersionResult,
	TemplateSummary,
} from '../../shared/apiTypes'
import type { Role } from '../../shared/protocol'
import { adminToken, authHeaders, rememberBoard, rememberTitle, tokenFromUrl } from '../auth/boardTokens'
import { displayNameHeader } from './displayNameHeader'

/** A failed API call: the HTTP status and the server's readable message. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
	) {
		super(message)
	}
}

/** A board as the API returns it to someone holding a link: with that link's role. */
export type BoardWithRole = BoardSummary & { role?: Role }

/** A share link as listed to its facilitator (never with its token). */
export interface ShareLinkInfo {
	id: string
	role: Role
	label: string
	createdAt: number
	expiresAt: number | null
	lastUsedAt: number | null
	revokedAt: number | null
}

/** A share link just created: the only time its URL (with the token) is shown. */
export interface CreatedShareLink {
	id: string
	role: Role
	label: string
	url: string
	createdAt: number
	expiresAt: number | null
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
	let res: Response
	try {
		res = await fetch(path, {
			...init,
			headers: {
				...(init.body && !(init.body instanceof Blob) ? { 'content-type': 'application/json' } : {}),
				...init.headers,
			},
		})
	} catch {
		throw new ApiError(0, 'network', 'network error')
	}
	if (!res.ok) {
		const body = (await res.json().catch(() => null)) as ApiErrorBody | null
		throw new ApiError(res.status, body?.error.code ?? 'http_error', body?.error.message ?? res.statusText)
	}
	if (res.status === 204) return undefined as T
	return (await res.json()) as T
}

const boardPath = (id: string) => `/api/boards/${encodeURIComponent(id)}`

/** Typed calls to the Niudai REST API; board calls carry this browser's token for the board. */
export const api = {
	config: () => call<ClientConfig>('/api/config'),
	/** Every board on the server (needs the admin token). */
	listAllBoards: () => {
		const token = adminToken()
		return call<{ boards: BoardSummary[] }>('/api/boards', {
			headers: token ? { authorization: `Bearer ${token}` } : {},
		})
	},
	getBoard: async (id: string) => {
		const board = await call<BoardWithRole>(boardPath(id), { headers: authHeaders(id) })
		rememberTitle(id, board.title)
		return board
	},
	/**
	 * Creates a board and remembers the facilitator token its URL carries. Sends the
	 * admin token when this browser has one (a server with CREATE_POLICY=token needs it;
	 * without it the call fails with code `creation_restricted`).
	 */
	createBoard: async (title: string, template?: string) => {
		const admin = adminToken()
		const board = await call<BoardWithRole>('/api/boards', {
			method: 'POST',
			body: JSON.stringify(template && template !== 'blank' ? { title, template } : { title }),
			headers: admin ? { authorization: `Bearer ${admin}` } : {},
		})
		const token = tokenFromUrl(board.url)
		if (token) rememberBoard(board.id, token, board.title)
		return board
	},
	listTemplates: () => call<{ templates: TemplateSummary[] }>('/api/templates'),
	renameBoard: (id: string, title: string) =>
		call<BoardSummary>(boardPath(id), { method: 'PATCH', body: JSON.stringify({ title }), headers: authHeaders(id) }),
	deleteBoard: (id: string) => call<BoardSummary>(boardPath(id), { method: 'DELETE', headers: authHeaders(id) }),
	restoreBoard: (id: string) =>
		call<BoardSummary>(`${boardPath(id)}/restore`, { method: 'POST', headers: authHeaders(id) }),
	uploadAsset: (boardId: string, file: File) =>
		call<AssetUploadResult>(`${boardPath(boardId)}/assets?name=${encodeURIComponent(file.name.slice(0, 200))}`, {
			method: 'POST',
			body: file,
			headers: { 'content-type': file.type || 'application/octet-stream', ...authHeaders(boardId) },
		}),
	listLinks: (boardId: string) =>
		call<{ links: ShareLinkInfo[]; currentLinkId?: string | null }>(`${boardPath(boardId)}/links`, {
			headers: authHeaders(boardId),
		}),
	createLink: (boardId: string, body: { role: Role; label?: string; expiresAt?: number }) =>
		call<CreatedShareLink>(`${boardPath(boardId)}/links`, {
			method: 'POST',
			body: JSON.stringify(body),
			headers: { ...authHeaders(boardId), ...displayNameHeader() },
		}),
	/** The board's saved versions, newest first. */
	listVersions: (boardId: string) =>
		call<BoardVersionList>(`${boardPath(boardId)}/versions`, { headers: authHeaders(boardId) }),
	/** Saves the board as it is now under `name` (facilitator). */
	saveVersion: (boardId: string, name: string, author: string) =>
		call<BoardVersion>(`${boardPath(boardId)}/versions`, {
			method: 'POST',
			body: JSON.stringify(author ? { name, author } : { name }),
			headers: { ...authHeaders(boardId), ...displayNameHeader(author) },
		}),
	/** A version's records, for the read-only preview. */
	getVersion: (boardId: string, versionId: string) =>
		call<BoardVersionPreview>(`${boardPath(boardId)}/versions/${encodeURIComponent(versionId)}`, {
			headers: authHeaders(boardId),
		}),
	/** Restores a version for everyone (facilitator); the current board is kept as a version first. */
	restoreVersion: (boardId: string, versionId: string, author: string) =>
		call<RestoreVersionResult>(`${boardPath(boardId)}/versions/${encodeURIComponent(versionId)}/restore`, {
			method: 'POST',
			body: JSON.stringify(author ? { author } : {}),
			headers: { ...authHeaders(boardId), ...displayNameHeader(author) },
		}),
	/** Places this participant's dots in an open vote; the server writes the ballot into the board. */
	putBallot: (boardId: string, voteId: string, body: BallotBody) =>
		call<BallotResult>(`${boardPath(boardId)}/votes/${encodeURIComponent(voteId)}/ballot`, {
			method: 'PUT',
			body: JSON.stringify(body),
			headers: authHeaders(boardId),
		}),
	revokeLink: (boardId: string, linkId: string) =>
		call<void>(`${boardPath(boardId)}/links/${encodeURIComponent(linkId)}`, {
			method: 'DELETE',
			headers: { ...authHeaders(boardId), ...displayNameHeader() },
		}),
}
