import type * as Y from 'yjs'
import { getYComments } from '../../shared/comments/commentsLayout'
import { getYMeeting, MEETING_VOTE_KEY } from '../../shared/meeting/meetingLayout'
import { getYMeetings } from '../../shared/meeting/minutesLayout'
import { getYRecords, readRecord } from '../../shared/ydocLayout'
import { type CommentSummary, summarizeComment } from './commentActivity'
import type { BoardView } from './recordActivity'
import { type BindingSummary, type RecordSummary, summarizeRecord } from './summarizeRecord'

/** A comment's map as plain fields. */
export function commentFields(value: unknown): Record<string, unknown> | null {
	const json = (value as { toJSON?: () => unknown } | null)?.toJSON?.()
	return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null
}

/**
 * What the activity log remembers of a live board between transactions: the summaries of
 * its cards, arrows, bindings and frames, of its comments, its meetings and the current
 * vote — the "before" of the next change, and a deleted card's last title.
 */
export class BoardIndex implements BoardView {
	private readonly records = new Map<string, RecordSummary>()
	private readonly bindings = new Map<string, Set<string>>()
	readonly comments = new Map<string, CommentSummary>()
	readonly meetings = new Map<string, unknown>()
	vote: unknown = null

	constructor(doc: Y.Doc) {
		for (const [id, yrec] of getYRecords(doc).entries()) this.setRecord(id, summarizeRecord(readRecord(yrec)))
		for (const [id, map] of getYComments(doc).entries()) {
			const fields = commentFields(map)
			const summary = fields ? summarizeComment(id, fields) : null
			if (summary) this.comments.set(id, summary)
		}
		for (const [id, value] of getYMeetings(doc).entries()) this.meetings.set(id, value)
		this.vote = getYMeeting(doc).get(MEETING_VOTE_KEY) ?? null
	}

	summaryOf(id: string): RecordSummary | null {
		return this.records.get(id) ?? null
	}

	bindingsOf(arrowId: string): BindingSummary[] {
		const out: BindingSummary[] = []
		for (const id of this.bindings.get(arrowId) ?? []) {
			const b = this.records.get(id)
			if (b?.kind === 'binding') out.push(b)
		}
		return out
	}

	/** The board as it will be once `changes` (record id → summary after) are applied. */
	overlay(changes: ReadonlyMap<string, RecordSummary | null>): BoardView {
		return {
			summaryOf: (id) => (changes.has(id) ? (changes.get(id) ?? null) : this.summaryOf(id)),
			bindingsOf: (arrowId) => {
				const ids = new Set(this.bindings.get(arrowId) ?? [])
				for (const [id, s] of changes) if (s?.kind === 'binding' && s.arrowId === arrowId) ids.add(id)
				const out: BindingSummary[] = []
				for (const id of ids) {
					const s = changes.has(id) ? changes.get(id) : this.records.get(id)
					if (s?.kind === 'binding' && s.arrowId === arrowId) out.push(s)
				}
				return out
			},
		}
	}

	setRecord(id: string, summary: RecordSummary | null): void {
		const old = this.records.get(id)
		if (old?.kind === 'binding') this.bindings.get(old.arrowId)?.delete(id)
		if (!summary) {
			this.records.delete(id)
			return
		}
		this.records.set(id, summary)
		if (summary.kind === 'binding') {
			let set = this.bindings.get(summary.arrowId)
			if (!set) {
				set = new Set()
				this.bindings.set(summary.arrowId, set)
			}
			set.add(id)
		}
	}
}
