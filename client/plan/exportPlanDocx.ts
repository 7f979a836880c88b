import type { Editor } from '@tldraw/tldraw'
import type { Plan } from '../../shared/plan/planTypes'
import { authHeaders } from '../auth/boardTokens'
import { downloadBlob, exportError, exportUrl } from '../boardMenu/exportActions'
import { ALLOCATION_STAGE_REF } from './allocationStageRef'
import { leaveCanvasPictures } from './canvasPicture'
import { allocationMapPicture, quadrantPicture } from './quadrantPicture'
import { blobBase64, blobDataUrl, DOCX_PICTURE_PIXELS, type StagePicture, stagePictures } from './stagePictures'

/**
 * Downloads the Word 项目计划书 with one picture per canvas stage — each stage frame (or
 * the whole page when there are none) cropped and scaled on this device to the size it is
 * printed at (≤ 220 dpi) — the efficiency × effectiveness chart and the 资源配置图 (in place
 * of the 资源配置 stage's picture), sent as PNGs in a
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
	const plan = await fetch(`/api/boards/${encodeURIComponent(opts.boardId)}/plan`, {
		headers: authHeaders(opts.boardId),
	})
		.then((res) => (res.ok ? (res.json() as Promise<Plan>) : null))
		.catch(() => null)
	const charts = plan
		? await Promise.all([
				quadrantPicture(plan, opts.lang).catch(() => null),
				allocationMapPicture(plan, opts.lang).catch(() => null),
			])
		: []
	const [quadrant, allocationMap] = charts
	if (allocationMap) {
		// The 资源配置图 replaces the 资源配置 stage's picture (its links would show there only as lines).
		const stage = pictures.findIndex((p) => p.ref === ALLOCATION_STAGE_REF)
		if (stage >= 0) pictures.splice(stage, 1)
		pictures.unshift(allocationMap)
	}
	if (quadrant) pictures.unshift(quadrant)
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
