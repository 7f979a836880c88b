import type { FollowRequest } from './meetingLayout'

/** Longest request id, user id and display name accepted from the doc, in characters. */
export const MAX_FOLLOW_ID_LENGTH = 64
export const MAX_FOLLOW_USER_ID_LENGTH = 128
export const MAX_FOLLOW_NAME_LENGTH = 64

function boundedString(value: unknown, max: number, allowEmpty = false): value is string {
	return typeof value === 'string' && value.length <= max && (allowEmpty || value.length > 0)
}

/**
 * A follow request read from the meeting map, or null when the value is missing or
 * malformed (any field of the wrong type, an empty id, an over-long string, a time that
 * is not a finite non-negative number). Only the known fields are kept.
 */
export function parseFollowRequest(value: unknown): FollowRequest | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
	const v = value as Record<string, unknown>
	if (!boundedString(v.id, MAX_FOLLOW_ID_LENGTH)) return null
	if (!boundedString(v.userId, MAX_FOLLOW_USER_ID_LENGTH)) return null
	if (!boundedString(v.name, MAX_FOLLOW_NAME_LENGTH, true)) return null
	if (typeof v.since !== 'number' || !Number.isFinite(v.since) || v.since < 0) return null
	return { id: v.id, userId: v.userId, name: v.name, since: v.since }
}

/** A new follow request by `userId` (its name cut to the bound), with the fresh `id`. */
export function createFollowRequest(id: string, userId: string, name: string, now: number): FollowRequest {
	return { id, userId, name: [...name.trim()].slice(0, MAX_FOLLOW_NAME_LENGTH / 2).join(''), since: now }
}
