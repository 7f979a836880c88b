import type { Editor, TLShapeId } from '@tldraw/tldraw'
import { ApiError } from '../api/apiClient'
import { authHeaders } from '../auth/boardTokens'

/** Saves a blob as a file in the browser's downloads. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob)
	const a = document.createElement('a')
	a.href = url
	a.download = filename
	document.body.append(a)
	a.click()
	a.remove()
	setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A file name made from a board title (characters that file systems dislike removed). */
export function fileNameFor(title: string, ext: string): string {
	const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'niudai'
	return `${safe}.${ext}`
}

/** The shapes to picture: the selected frame (or selection) if any, else the whole page. */
export function exportTargets(editor: Editor): TLShapeId[] {
	const selected = editor.getSelectedShapeIds()
	if (selected.length > 0) return selected
	return [...editor.getCurrentPageShapeIds()]
}

/** A PNG or SVG picture of `ids` (the whole page by default). */
export async function canvasImage(
	editor: Editor,
	format: 'png' | 'svg',
	ids = exportTargets(editor),
): Promise<Blob | null> {
	if (ids.length === 0) return null
	const { blob } = await editor.toImage(ids, { format, background: true, padding: 32, scale: format === 'png' ? 2 : 1 })
	return blob
}

/** The URL of a server-side export of a board. */
export function exportUrl(boardId: string, format: string, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams({ format, ...extra })
	return `/api/boards/${encodeURIComponent(boardId)}/export?${params}`
}

/** Fetches a server export (optionally POSTing the canvas picture) and saves it. */
export async function downloadExport(
	boardId: string,
	format: string,
	filename: string,
	opts: { extra?: Record<string, string>; picture?: Blob | null } = {},
): Promise<void> {
	const url = exportUrl(boardId, format, opts.extra)
	const auth = authHeaders(boardId)
	const res = opts.picture
		? await fetch(url, { method: 'POST', headers: { 'content-type': 'image/png', ...auth }, body: opts.picture })
		: await fetch(url, { headers: auth })
	if (!res.ok) throw await exportError(res)
	downloadBlob(await res.blob(), filename)
}

/** The error of a refused export, with the status and error code the progress line turns into plain words. */
export async function exportError(res: Response): Promise<ApiError> {
	const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null
	return new ApiError(res.status, body?.error?.code ?? '', body?.error?.message ?? `${res.status} ${res.statusText}`)
}
