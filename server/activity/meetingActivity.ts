import type { ActivityDraft } from './ActivityDraft'

interface VoteLike {
	id: string
	status: 'open' | 'closed'
	frameId: string | null
}

function voteOf(v: unknown): VoteLike | null {
	if (typeof v !== 'object' || v === null) return null
	const { id, status, frameId } = v as Record<string, unknown>
	if (typeof id !== 'string' || (status !== 'open' && status !== 'closed')) return null
	return { id, status, frameId: typeof frameId === 'string' ? frameId : null }
}

/**
 * What a change of the meeting map's `vote` did (pure): a vote started (a new open vote)
 * or ended (the open vote closed, or removed). The title is the name of the frame the
 * vote was limited to ("" for the whole board).
 */
export function voteActivity(
	before: unknown,
	after: unknown,
	frameTitle: (frameId: string) => string,
): ActivityDraft[] {
	const was = voteOf(before)
	const is = voteOf(after)
	const draft = (kind: ActivityDraft['kind'], v: VoteLike): ActivityDraft => ({
		kind,
		targetId: v.id,
		targetType: 'vote',
		targetTitle: v.frameId ? frameTitle(v.frameId) : '',
		fields: [],
	})
	const out: ActivityDraft[] = []
	const wasOpen = was?.status === 'open'
	if (wasOpen && was && (!is || is.id !== was.id || is.status === 'closed')) out.push(draft('vote_ended', was))
	if (is?.status === 'open' && !(wasOpen && was?.id === is.id)) out.push(draft('vote_started', is))
	return out
}

interface MeetingLike {
	title: string
	ended: boolean
}

function meetingOf(v: unknown): MeetingLike | null {
	if (typeof v !== 'object' || v === null) return null
	const { title, endedAt } = v as Record<string, unknown>
	return { title: typeof title === 'string' ? title : '', ended: typeof endedAt === 'number' }
}

/**
 * What changes of the `meetings` map did (pure): a meeting started (a new one, not yet
 * ended) or ended (its `endedAt` set).
 */
export function meetingsActivity(changes: readonly { id: string; before: unknown; after: unknown }[]): ActivityDraft[] {
	const out: ActivityDraft[] = []
	for (const { id, before, after } of changes) {
		const was = meetingOf(before)
		const is = meetingOf(after)
		if (!is) continue
		const draft = (kind: ActivityDraft['kind']): ActivityDraft => ({
			kind,
			targetId: id,
			targetType: 'meeting',
			targetTitle: is.title,
			fields: [],
		})
		if (!was && !is.ended) out.push(draft('meeting_started'))
		else if (!was && is.ended) out.push(draft('meeting_started'), draft('meeting_ended'))
		else if (was && !was.ended && is.ended) out.push(draft('meeting_ended'))
	}
	return out
}
