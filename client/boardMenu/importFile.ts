import { authHeaders } from '../auth/boardTokens'

/** A problem the server found in an imported file. */
export interface ImportProblem {
	sheet?: string
	row?: number
	column?: string
	message: string | { zh: string; en: string }
}

/** The result of importing a file into a board. */
export type ImportOutcome =
	| { ok: true; added: Record<string, number> }
	| {
			ok: false
			/** The server's error code (`import_invalid`, `import_too_large`, `import_timeout`, `import_busy`…), '' when none. */
			code: string
			/** The HTTP status (0: the request never got an answer). */
			status: number
			message: string
			/** The first problems (the server lists at most 100). */
			problems: ImportProblem[]
			/** How many problems there are in all. */
			problemCount: number
	  }

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The content type to send for a file, from its name. */
export function importContentType(file: File): string {
	const name = file.name.toLowerCase()
	if (name.endsWith('.xlsx')) return XLSX_TYPE
	if (name.endsWith('.csv')) return 'text/csv'
	return file.type || 'application/octet-stream'
}

/** Uploads an Excel workbook or one CSV list into a board (`list` for CSV). */
export async function importIntoBoard(boardId: string, file: File, list?: string): Promise<ImportOutcome> {
	const query = list ? `?list=${encodeURIComponent(list)}` : ''
	const res = await fetch(`/api/boards/${encodeURIComponent(boardId)}/import${query}`, {
		method: 'POST',
		headers: { 'content-type': importContentType(file), ...authHeaders(boardId) },
		body: file,
	})
	const body = (await res.json().catch(() => null)) as {
		added?: Record<string, number>
		error?: { code?: string; message?: string; problems?: ImportProblem[]; problemCount?: number }
	} | null
	if (res.ok) return { ok: true, added: body?.added ?? {} }
	const problems = body?.error?.problems ?? []
	return {
		ok: false,
		code: body?.error?.code ?? '',
		status: res.status,
		message: body?.error?.message ?? `${res.status}`,
		problems,
		problemCount: body?.error?.problemCount ?? problems.length,
	}
}
