import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { VoteSession } from './meetingLayout'
import { getYMinutes, getYVotesKept } from './minutesLayout'
import { meetingById, minutesItemsOf, openMeeting } from './minutesRead'
import {
	addActionItem,
	addDecision,
	endMeeting,
	keepClosedVote,
	newMinutesId,
	removeActionItem,
	removeDecision,
	startMeeting,
	updateActionItem,
	updateDecision,
	updateMeeting,
} from './minutesWrite'

const facts = {
	title: ' 3月联席会议 ',
	place: '居委会二楼',
	agenda: ['老年助餐', '  ', '停车'],
	facilitatorName: '王主任',
}

function transactions(doc: Y.Doc): unknown[] {
	const origins: unknown[] = []
	doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin))
	return origins
}

describe('meeting writers', () => {
	it('starts a meeting in one transaction with the given origin and time, dropping empty topics', () => {
		const doc = new Y.Doc()
		const origins = transactions(doc)
		const started = startMeeting(doc, { ...facts, id: 'm1' }, { now: 1000, origin: 'me' })
		expect(started).toEqual({
			ok: true,
			meeting: {
				id: 'm1',
				title: '3月联席会议',
				place: '居委会二楼',
				agenda: ['老年助餐', '停车'],
				facilitatorName: '王主任',
				startedAt: 1000,
				endedAt: null,
				versionId: null,
			},
		})
		expect(origins).toEqual(['me'])
		expect(openMeeting(doc)?.id).toBe('m1')
	})

	it('refuses a second meeting while one is open, and a meeting without a title', () => {
		const doc = new Y.Doc()
		startMeeting(doc, { ...facts, id: 'm1' }, { now: 1 })
		expect(startMeeting(doc, { ...facts, id: 'm2' }, { now: 2 })).toEqual({ ok: false, problem: 'alreadyOpen' })
		expect(startMeeting(new Y.Doc(), { ...facts, title: '  ' }, { now: 2 })).toEqual({ ok: false, problem: 'noTitle' })
	})

	it('ends a meeting with its version; ending again keeps the first end and version', () => {
		const doc = new Y.Doc()
		startMeeting(doc, { ...facts, id: 'm1' }, { now: 1000 })
		expect(endMeeting(doc, 'm1', 'v1', { now: 5000 })).toMatchObject({ endedAt: 5000, versionId: 'v1' })
		expect(openMeeting(doc)).toBeNull()
		expect(endMeeting(doc, 'm1', 'v2', { now: 9000 })).toMatchObject({ endedAt: 5000, versionId: 'v1' })
		expect(endMeeting(doc, 'nope', 'v1', { now: 1 })).toBeNull()
		// A meeting may start again once the last one ended.
		expect(startMeeting(doc, { ...facts, id: 'm2' }, { now: 6000 }).ok).toBe(true)
	})

	it('ends a meeting without a version, and takes the version later', () => {
		const doc = new Y.Doc()
		startMeeting(doc, { ...facts, id: 'm1' }, { now: 1000 })
		endMeeting(doc, 'm1', null, { now: 2000 })
		expect(endMeeting(doc, 'm1', 'v9', { now: 3000 })).toMatchObject({ endedAt: 2000, versionId: 'v9' })
	})

	it('updates title, place and agenda, keeping the title when the new one is empty', () => {
		const doc = new Y.Doc()
		startMeeting(doc, { ...facts, id: 'm1' }, { now: 1 })
		updateMeeting(doc, 'm1', { title: ' ', place: '活动室', agenda: ['停车'] })
		expect(meetingById(doc, 'm1')).toMatchObject({ title: '3月联席会议', place: '活动室', agenda: ['停车'] })
		expect(updateMeeting(doc, 'zz', { place: 'x' })).toBeNull()
	})
})

describe('决议 and 待办 writers', () => {
	it('adds a decision as one map with one key per field, in one transaction', () => {
		const doc = new Y.Doc()
		const origins = transactions(doc)
		const d = addDecision(
			doc,
			{ meetingId: 'm1', text: '先办助餐', cardIds: ['shape:a', 'shape:a', 'shape:b'], voteId: 'v1', id: 'd1' },
			{ now: 7, origin: 'o' },
		)
		expect(d).toEqual({
			id: 'd1',
			kind: 'decision',
			meetingId: 'm1',
			text: '先办助餐',
			cardIds: ['shape:a', 'shape:b'],
			voteId: 'v1',
			createdAt: 7,
		})
		const map = getYMinutes(doc).get('d1')
		expect(map).toBeInstanceOf(Y.Map)
		expect([...(map as Y.Map<unknown>).keys()].sort()).toEqual([
			'cardIds',
			'createdAt',
			'kind',
			'meetingId',
			'text',
			'voteId',
		])
		expect(origins).toEqual(['o'])
		expect(minutesItemsOf(doc, 'm1').decisions).toEqual([d])
	})

	it('merges concurrent edits of different fields of one decision', () => {
		const a = new Y.Doc()
		const b = new Y.Doc()
		addDecision(a, { meetingId: 'm1', text: 'x', id: 'd1' }, { now: 1 })
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
		updateDecision(a, 'd1', { text: '先办助餐' })
		updateDecision(b, 'd1', { cardIds: ['shape:n1'] })
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
		for (const doc of [a, b]) {
			expect(minutesItemsOf(doc, 'm1').decisions[0]).toMatchObject({ text: '先办助餐', cardIds: ['shape:n1'] })
		}
	})

	it('adds, updates and removes action items; a bad due date reads as none', () => {
		const doc = new Y.Doc()
		const item = addActionItem(
			doc,
			{ meetingId: 'm1', who: '李四', what: '联系物业', due: '2026-04-01', projectId: 'shape:p1', id: 'a1' },
			{ now: 3 },
		)
		expect(item).toMatchObject({ kind: 'action', done: false, due: '2026-04-01', projectId: 'shape:p1' })
		expect(updateActionItem(doc, 'a1', { done: true, due: 'next week', projectId: null })).toBe(true)
		expect(minutesItemsOf(doc, 'm1').actions[0]).toMatchObject({ done: true, due: '', projectId: null, who: '李四' })
		// Kinds are not mixed up: a decision writer does not touch an action item.
		expect(updateDecision(doc, 'a1', { text: 'x' })).toBe(false)
		expect(removeDecision(doc, 'a1')).toBe(false)
		expect(removeActionItem(doc, 'a1')).toBe(true)
		expect(minutesItemsOf(doc, 'm1').actions).toEqual([])
		expect(removeActionItem(doc, 'a1')).toBe(false)
	})

	it('makes distinct ids with their kind as prefix', () => {
		const ids = new Set(Array.from({ length: 50 }, () => newMinutesId('d')))
		expect(ids.size).toBe(50)
		for (const id of ids) expect(id).toMatch(/^d[0-9a-z]+$/)
	})
})

describe('keepClosedVote', () => {
	const closed: VoteSession = {
		id: 'v1',
		status: 'closed',
		dotsPerVoter: 3,
		anonymous: false,
		frameId: null,
		startedAt: 10,
		endedAt: 20,
		result: { needs: [{ id: 'shape:n1', title: '助餐', votes: 4 }], voters: 2 },
	}

	it('keeps a closed vote with its result under its id', () => {
		const doc = new Y.Doc()
		expect(keepClosedVote(doc, closed, { origin: 'f' })).toBe(true)
		expect(getYVotesKept(doc).get('v1')).toEqual(closed)
	})

	it('refuses an open vote', () => {
		const doc = new Y.Doc()
		expect(keepClosedVote(doc, { ...closed, status: 'open', endedAt: null })).toBe(false)
		expect(getYVotesKept(doc).size).toBe(0)
	})

	it('joins the transaction it is called in', () => {
		const doc = new Y.Doc()
		const origins = transactions(doc)
		doc.transact(() => {
			doc.getMap('meeting').set('vote', closed)
			keepClosedVote(doc, closed, { origin: 'inner' })
		}, 'outer')
		expect(origins).toEqual(['outer'])
	})
})
