import * as Y from 'yjs'
import type { CommentResolution, CommentTarget } from '../comments/commentsLayout'
import { addReply, addThread, setResolved } from '../comments/commentWriters'
import { attendeeCheckedIn, attendeeSeen } from '../meeting/minutesAttendance'
import { type Attendee, attendanceKey, getYAttendance } from '../meeting/minutesLayout'
import { addActionItem, addDecision, endMeeting, keepClosedVote, startMeeting } from '../meeting/minutesWrite'
import { getYRecords, type PlainRecord, writeRecord } from '../ydocLayout'

/** 2026-03-05 14:00 in Beijing (06:00 UTC). */
export const MEETING_START = Date.UTC(2026, 2, 5, 6, 0)
const MIN = 60_000

function shape(id: string, type: string, props: Record<string, unknown>): PlainRecord {
	return { id, typeName: 'shape', type, parentId: 'page:page', index: 'a1', x: 0, y: 0, rotation: 0, props, meta: {} }
}

/** A comment written as the app writes it (complete fields), resolved when `resolved` is given. */
function comment(
	doc: Y.Doc,
	id: string,
	fields: { target?: CommentTarget; threadId?: string; body: string; authorName: string; resolved?: CommentResolution },
): void {
	const author = { name: fields.authorName, userId: `user:${fields.authorName}`, role: 'editor' as const }
	const write = { now: MEETING_START, origin: null }
	if (fields.target) addThread(doc, { id, target: fields.target, body: fields.body, mentions: [], author }, write)
	else addReply(doc, { id, threadId: fields.threadId ?? '', body: fields.body, mentions: [], author }, write)
	if (fields.resolved) setResolved(doc, id, fields.resolved, write)
}

/**
 * A board doc with one ended meeting (m1, 14:00–16:00 Beijing time) and everything its
 * minutes show: five people present (three checked in, one of them twice seen), two
 * votes in it (and one before it), two 决议, two 待办, resolved comments in and out of it.
 */
export function minutesTestDoc(): Y.Doc {
	const doc = new Y.Doc()
	doc.transact(() => {
		const records = getYRecords(doc)
		writeRecord(records, shape('shape:n1', 'need', { title: '老年人助餐' }))
		writeRecord(records, shape('shape:n2', 'need', { title: '楼道照明' }))
		writeRecord(records, shape('shape:p1', 'project', { title: '长者饭堂' }))
		writeRecord(records, shape('shape:f1', 'frame', { name: '需求区' }))
	})
	startMeeting(
		doc,
		{
			id: 'm1',
			title: '3月联席会议',
			place: '幸福里居委会二楼',
			agenda: ['老年人助餐', '楼道照明'],
			facilitatorName: '王主任',
		},
		{ now: MEETING_START },
	)
	const people: Attendee[] = []
	const see = (personId: string, name: string, linkLabel: string, role: Attendee['role'], minute: number) => {
		const a = attendeeSeen(null, {
			meetingId: 'm1',
			personId,
			name,
			linkLabel,
			role,
			now: MEETING_START + minute * MIN,
		})
		if (a) people.push(a)
		return a as Attendee
	}
	see('p-wang', '王主任', '主持人', 'facilitator', 0)
	const li = see('p-li', '李', '街道', 'participant', 2)
	const zhang = see('p-zhang', '张阿姨', '居民', 'participant', 3)
	see('p-chen', '陈', '居民', 'participant', 4)
	see('p-ma', '', '企业', 'viewer', 5)
	people[1] = attendeeCheckedIn(li, {
		meetingId: 'm1',
		personId: 'p-li',
		name: '李明',
		organisation: '幸福街道办',
		sector: 'government',
		linkLabel: '街道',
		role: 'participant',
		now: MEETING_START + 6 * MIN,
	})
	people[2] = attendeeCheckedIn(zhang, {
		meetingId: 'm1',
		personId: 'p-zhang',
		name: '张秀英',
		organisation: '幸福里3号楼',
		sector: 'residents',
		linkLabel: '居民',
		role: 'participant',
		now: MEETING_START + 7 * MIN,
	})
	doc.transact(() => {
		for (const a of people) getYAttendance(doc).set(attendanceKey(a.meetingId, a.personId), a)
	})
	const vote = (id: string, start: number, end: number, frameId: string | null, needs: [string, string, number][]) =>
		keepClosedVote(doc, {
			id,
			status: 'closed',
			dotsPerVoter: 3,
			anonymous: id === 'v2',
			frameId,
			startedAt: MEETING_START + start * MIN,
			endedAt: MEETING_START + end * MIN,
			result: { needs: needs.map(([nid, title, votes]) => ({ id: nid, title, votes })), voters: 4 },
		})
	vote('v0', -300, -290, null, [['shape:n1', '老年人助餐', 1]])
	vote('v1', 20, 35, null, [
		['shape:n1', '老年人助餐', 6],
		['shape:n2', '楼道照明', 3],
		['shape:n3', '停车难', 3],
		['shape:n4', '绿化', 0],
	])
	vote('v2', 60, 70, 'shape:f1', [
		['shape:n2', '楼道照明', 2],
		['shape:n1', '老年人助餐', 2],
	])
	addDecision(
		doc,
		{
			id: 'd1',
			meetingId: 'm1',
			text: '优先开办长者饭堂，由居委会牵头。',
			cardIds: ['shape:n1', 'shape:p1'],
			voteId: 'v1',
		},
		{ now: MEETING_START + 40 * MIN },
	)
	addDecision(doc, { id: 'd2', meetingId: 'm1', text: '楼道照明下次会议再议。' }, { now: MEETING_START + 80 * MIN })
	addActionItem(
		doc,
		{ id: 'a1', meetingId: 'm1', who: '李明', what: '联系物业确认场地', due: '2026-03-20', projectId: 'shape:p1' },
		{ now: MEETING_START + 45 * MIN },
	)
	addActionItem(
		doc,
		{ id: 'a2', meetingId: 'm1', who: '张秀英', what: '统计3号楼需要助餐的老人', due: '', done: true },
		{ now: MEETING_START + 50 * MIN },
	)
	comment(doc, 'c1', {
		target: { type: 'shape', shapeId: 'shape:p1' },
		body: '饭堂放在活动室可以吗？',
		authorName: '陈',
		resolved: { by: '王主任', at: MEETING_START + 55 * MIN },
	})
	comment(doc, 'c1r', { threadId: 'c1', body: '可以，周二到周五', authorName: '李明' })
	comment(doc, 'c2', {
		target: { type: 'shape', shapeId: 'shape:gone' },
		body: '这张卡片重复了',
		authorName: '张秀英',
		resolved: { by: '李明', at: MEETING_START + 90 * MIN },
	})
	comment(doc, 'c3', {
		target: { type: 'shape', shapeId: 'shape:n2' },
		body: '会前解决的',
		authorName: '陈',
		resolved: { by: '王主任', at: MEETING_START - 60 * MIN },
	})
	endMeeting(doc, 'm1', 'version-1', { now: MEETING_START + 120 * MIN })
	return doc
}
