import type { VoteSession } from '../../shared/meeting/meetingLayout'
import { MAX_VOTER_NAME_LENGTH } from '../../shared/meeting/vote'

/** Who a ballot belongs to. */
export interface Voter {
	voterId: string
	/** Null in an anonymous vote. */
	name: string | null
}

const ANON_PREFIX = 'niudai.vote.anon.'
const memory = new Map<string, string>()

function randomId(): string {
	const bytes = new Uint8Array(12)
	crypto.getRandomValues(bytes)
	return `anon-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** This browser's random voter id for one anonymous vote, kept in localStorage so a reload keeps its dots. */
function anonymousVoterId(voteId: string): string {
	const key = `${ANON_PREFIX}${voteId}`
	try {
		const saved = localStorage.getItem(key)
		if (saved) return saved
		const id = randomId()
		localStorage.setItem(key, id)
		return id
	} catch {
		let id = memory.get(key)
		if (!id) {
			id = randomId()
			memory.set(key, id)
		}
		return id
	}
}

/**
 * This person as a voter in `session`: their tldraw user id and name, or — in an
 * anonymous vote — a random id made for this vote only and no name, so a ballot cannot
 * be linked to a presence cursor or a name.
 */
export function voterFor(session: VoteSession, user: { id: string; name: string } | null): Voter | null {
	if (session.anonymous) return { voterId: anonymousVoterId(session.id), name: null }
	if (!user) return null
	return { voterId: user.id, name: [...user.name.trim()].slice(0, MAX_VOTER_NAME_LENGTH / 2).join('') || null }
}
