import type { ActivityPage, ActivityQuery, ShapeAttribution } from '../../shared/activity/activityTypes'
import type { ApiErrorBody } from '../../shared/apiTypes'
import { ApiError } from '../api/apiClient'
import { authHeaders } from '../auth/boardTokens'
import { activityQueryString } from './activityFilter'

const activityPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/activity`

/** A GET with this browser's token for the board; a refusal or no answer throws ApiError (status 0: network). */
async function get(boardId: string, path: string, signal?: AbortSignal): Promise<Response> {
	let res: Response
	try {
		res = await fetch(path, { headers: authHeaders(boardId), signal })
	} catch (err) {
		if (signal?.aborted) throw err
		throw new ApiError(0, 'network', 'network error')
	}
	if (!res.ok) {
		const body = (await res.json().catch(() => null)) as ApiErrorBody | null
		throw new ApiError(res.status, body?.error.code ?? 'http_error', body?.error.message ?? res.statusText)
	}
	return res
}

/** One page of the board's activity log, newest first (facilitator). */
export async function fetchActivity(
	boardId: string,
	query: ActivityQuery,
	signal?: AbortSignal,
): Promise<ActivityPage> {
	const res = await get(boardId, `${activityPath(boardId)}${activityQueryString(query)}`, signal)
	return (await res.json()) as ActivityPage
}

/** The activity log as a CSV file, with the same filters (facilitator). */
export async function fetchActivityCsv(boardId: string, query: ActivityQuery): Promise<Blob> {
	const res = await get(boardId, `${activityPath(boardId)}${activityQueryString(query, 'csv')}`)
	return res.blob()
}

/** Who created a card or link and who changed it last (any link to the board). */
export async function fetchShapeAttribution(
	boardId: string,
	shapeId: string,
	signal?: AbortSignal,
): Promise<ShapeAttribution> {
	const res = await get(boardId, `${activityPath(boardId)}/shapes/${encodeURIComponent(shapeId)}`, signal)
	return (await res.json()) as ShapeAttribution
}
