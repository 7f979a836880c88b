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
	| { ok: false; message: string; problems: ImportProblem[] }

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
		error?: { message?: string; problems?: ImportProblem[] }
	} | null
	if (res.ok) return { ok: true, added: body?.added ?? {} }
	return { ok: false, message: body?.error?.message ?? `${res.status}`, problems: body?.error?.problems ?? [] }
}
