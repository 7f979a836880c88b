import type {
	ApiErrorBody,
	AssetUploadResult,
	BoardSummary,
	ClientConfig,
	TemplateSummary,
} from '../../shared/apiTypes'

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
	return (await res.json()) as T
}

/** Typed calls to the Niudai REST API. */
export const api = {
	config: () => call<ClientConfig>('/api/config'),
	listBoards: (trash = false) => call<{ boards: BoardSummary[] }>(`/api/boards${trash ? '?trash=1' : ''}`),
	getBoard: (id: string) => call<BoardSummary>(`/api/boards/${encodeURIComponent(id)}`),
	createBoard: (title: string, template?: string) =>
		call<BoardSummary>('/api/boards', {
			method: 'POST',
			body: JSON.stringify(template && template !== 'blank' ? { title, template } : { title }),
		}),
	listTemplates: () => call<{ templates: TemplateSummary[] }>('/api/templates'),
	renameBoard: (id: string, title: string) =>
		call<BoardSummary>(`/api/boards/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify({ title }) }),
	deleteBoard: (id: string) => call<BoardSummary>(`/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE' }),
	restoreBoard: (id: string) => call<BoardSummary>(`/api/boards/${encodeURIComponent(id)}/restore`, { method: 'POST' }),
	uploadAsset: (boardId: string, file: File) =>
		call<AssetUploadResult>(
			`/api/boards/${encodeURIComponent(boardId)}/assets?name=${encodeURIComponent(file.name.slice(0, 200))}`,
			{ method: 'POST', body: file, headers: { 'content-type': file.type || 'application/octet-stream' } },
		),
}
