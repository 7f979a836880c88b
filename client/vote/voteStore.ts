import { atom, computed } from '@tldraw/tldraw'
import type { Ballot, VoteSession } from '../../shared/meeting/meetingLayout'
import { voteTallyOf } from '../../shared/meeting/vote'

/**
 * The board's dot vote as signals, fed by one Y observer (`useVoteSync`, mounted once
 * per board by VoteOverlays) so the panel and every need card read one tally instead of
 * each computing its own.
 */

/** The current (or last) vote of the board's meeting map. */
export const $voteSession = atom<VoteSession | null>('vote session', null)
/** Every ballot of the board's ballots map, parsed, by key. */
export const $voteBallots = atom<ReadonlyMap<string, Ballot>>('vote ballots', new Map())
/** The needs that may receive dots in the current vote (all needs, or those in its frame). */
export const $voteEligible = atom<ReadonlySet<string>>('vote eligible needs', new Set())

/** The tally of the current vote. */
export interface VoteTally {
	session: VoteSession
	/** Dots per eligible need. */
	counts: ReadonlyMap<string, number>
	/** People with at least one dot that counts. */
	voters: number
	/** Titles a finished vote kept (for needs deleted since). */
	keptTitles: ReadonlyMap<string, string>
}

/** The tally of the current vote (a finished vote's kept result), or null when there is none. */
export const $voteTally = computed<VoteTally | null>('vote tally', () => {
	const session = $voteSession.get()
	if (!session) return null
	return { session, ...voteTallyOf(session, $voteBallots.get(), $voteEligible.get()) }
})

/**
 * The dots to show on a need card: its count in the current vote (0 included, so people
 * see which cards are in it), or after the vote ended its result when it got any dots
 * (a card added since then shows nothing). Null when the card is not in the vote.
 */
export function voteBadgeCount(needId: string): number | null {
	const tally = $voteTally.get()
	const count = tally?.counts.get(needId)
	if (count === undefined || (tally?.session.status === 'closed' && count === 0)) return null
	return count
}

/** Forgets the board's vote (leaving the board). */
export function resetVoteStore(): void {
	$voteSession.set(null)
	$voteBallots.set(new Map())
	$voteEligible.set(new Set())
}
