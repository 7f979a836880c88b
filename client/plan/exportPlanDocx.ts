import type { Editor } from '@tldraw/tldraw'
import type { Plan } from '../../shared/plan/planTypes'
import { authHeaders } from '../auth/boardTokens'
import { downloadBlob, exportError, exportUrl } from '../boardMenu/exportActions'
import { leaveCanvasPictures } from './canvasPicture'
import { quadrantPicture } from './quadrantPicture'
import { blobBase64, blobDataUrl, DOCX_PICTURE_PIXELS, type StagePicture, stagePictures } from './stagePictures'

/**
 * Downloads the Word 项目计划书 with one picture per canvas stage — each stage frame (or
 * the whole page when there are none) cropped and scaled on this device to the size it is
 * printed at (≤ 220 dpi) — and the efficiency × effectiveness chart, sent as PNGs in a
 * JSON body (`POST /export?format=docx`, `application/vnd.niudai.pictures+json`).
 */
export async function exportPlanDocx(
	editor: Editor,
	opts: { boardId: string; lang: 'zh' | 'en'; fileName: string; boardTitle: string },
): Promise<void> {
	const pictures = await stagePictures(editor, {
		format: 'png',
		...DOCX_PICTURE_PIXELS,
		boardTitle: opts.boardTitle,
	}).catch((): StagePicture[] => [])
	const chart = await fetch(`/api/boards/${encodeURIComponent(opts.boardId)}/plan`, {
		headers: authHeaders(opts.boardId),
	})
		.then((res) => (res.ok ? (res.json() as Promise<Plan>) : null))
		.then((plan) => (plan ? quadrantPicture(plan, opts.lang) : null))
		.catch(() => null)
	if (chart) pictures.unshift(chart)
	const body = {
		pictures: await Promise.all(
			pictures.map(async (p) => ({ ref: p.ref, title: p.title, png: await blobBase64(p.blob) })),
		),
	}
	const res = await fetch(exportUrl(opts.boardId, 'docx', { lang: opts.lang }), {
		method: 'POST',
		headers: { 'content-type': 'application/vnd.niudai.pictures+json', ...authHeaders(opts.boardId) },
		body: JSON.stringify(body),
	})
	if (!res.ok) throw await exportError(res)
	downloadBlob(await res.blob(), opts.fileName)
}

/** Leaves one JPEG picture per canvas stage for the print page (screen and print size). */
export async function leavePrintPictures(editor: Editor, boardId: string, boardTitle: string): Promise<void> {
	const pictures = await stagePictures(editor, {
		format: 'jpeg',
		quality: 0.85,
		maxWidth: 1800,
		maxHeight: 1200,
		boardTitle,
	})
	leaveCanvasPictures(
		boardId,
		await Promise.all(pictures.map(async (p) => ({ ref: p.ref, title: p.title, url: await blobDataUrl(p.blob) }))),
	)
}
