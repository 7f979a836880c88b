import type { VoteSession } from '../../shared/meeting/meetingLayout'

/** Longest name sent with a ballot, in characters (the server accepts 32). */
const MAX_BALLOT_NAME_CHARS = 32
/** Votes whose voter id a browser remembers per board. */
const REMEMBERED_VOTES = 8

const PARTICIPANT_PREFIX = 'niudai.vote.participant.'
const VOTER_PREFIX = 'niudai.vote.voters.'
/** When localStorage is unavailable (private mode), for this page's lifetime. */
const memory = new Map<string, string>()

function read(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? memory.get(key) ?? null
	} catch {
		return memory.get(key) ?? null
	}
}

function write(key: string, value: string): void {
	memory.set(key, value)
	try {
		globalThis.localStorage?.setItem(key, value)
	} catch {
		// Memory keeps it for this page.
	}
}

function randomSecret(): string {
	const bytes = new Uint8Array(24)
	crypto.getRandomValues(bytes)
	return btoa(String.fromCharCode(...bytes))
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replaceAll('=', '')
}

/**
 * This browser's random participant secret for a board (32 URL-safe characters, kept in
 * localStorage). The server derives the voter id of each vote from it and the link, so
 * the secret is what makes a ballot this person's: it is sent only with ballots, never
 * shown and never put in the document or in presence.
 */
export function participantSecret(boardId: string): string {
	const key = `${PARTICIPANT_PREFIX}${boardId}`
	const saved = read(key)
	if (saved && /^[A-Za-z0-9_-]{16,64}$/.test(saved)) return saved
	const secret = randomSecret()
	write(key, secret)
	return secret
}

function readVoters(boardId: string): [string, string][] {
	try {
		const raw = JSON.parse(read(`${VOTER_PREFIX}${boardId}`) ?? '[]') as unknown
		return Array.isArray(raw)
			? raw.filter(
					(e): e is [string, string] => Array.isArray(e) && e.length === 2 && e.every((s) => typeof s === 'string'),
				)
			: []
	} catch {
		return []
	}
}

/** Voter ids already read, by board and vote (panels and card buttons ask often). */
const voterIds = new Map<string, string | null>()

/** The voter id the server gave this browser in a vote, if it voted in it. */
export function savedVoterId(boardId: string, voteId: string): string | null {
	const key = `${boardId}\n${voteId}`
	let id = voterIds.get(key)
	if (id === undefined) {
		id = readVoters(boardId).find(([v]) => v === voteId)?.[1] ?? null
		voterIds.set(key, id)
	}
	return id
}

/** Remembers the voter id the server gave this browser in a vote (the last few votes per board). */
export function saveVoterId(boardId: string, voteId: string, voterId: string): void {
	if (savedVoterId(boardId, voteId) === voterId) return
	voterIds.set(`${boardId}\n${voteId}`, voterId)
	const rest = readVoters(boardId).filter(([v]) => v !== voteId)
	write(`${VOTER_PREFIX}${boardId}`, JSON.stringify([[voteId, voterId], ...rest].slice(0, REMEMBERED_VOTES)))
}

/** The name to send with a ballot: none in an anonymous vote, else the person's display name (trimmed, bounded). */
export function ballotName(session: VoteSession, userName: string | null | undefined): string | undefined {
	if (session.anonymous) return undefined
	const name = [...(userName ?? '').trim()].slice(0, MAX_BALLOT_NAME_CHARS).join('').trim()
	return name || undefined
}

/**
 * Forgets this browser's participant secret and voter ids for a board ("在此设备上退出"
 * on a shared computer: the next person is a new voter). Ballots already cast stay.
 */
export function forgetVoterIdentity(boardId: string): void {
	for (const key of [`${PARTICIPANT_PREFIX}${boardId}`, `${VOTER_PREFIX}${boardId}`]) {
		memory.delete(key)
		try {
			globalThis.localStorage?.removeItem(key)
		} catch {
			// Nothing kept.
		}
	}
	for (const key of [...voterIds.keys()]) if (key.startsWith(`${boardId}\n`)) voterIds.delete(key)
}
