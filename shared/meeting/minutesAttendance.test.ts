import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { attendeeCheckedIn, attendeeSeen } from './minutesAttendance'
import { type Attendee, attendanceKey, getYAttendance } from './minutesLayout'
import { attendanceBySector, attendanceOf } from './minutesRead'

const seen = { meetingId: 'm1', personId: 'p1', name: '小王', linkLabel: '居民', role: 'participant' as const, now: 10 }

describe('attendeeSeen', () => {
	it('records a person the first time they are seen', () => {
		expect(attendeeSeen(null, seen)).toEqual({
			meetingId: 'm1',
			personId: 'p1',
			name: '小王',
			organisation: '',
			sector: null,
			linkLabel: '居民',
			role: 'participant',
			firstSeenAt: 10,
			checkedInAt: null,
		})
	})

	it('changes nothing when seen again under the same name, or with no name', () => {
		const first = attendeeSeen(null, seen) as Attendee
		expect(attendeeSeen(first, { ...seen, now: 20 })).toBeNull()
		expect(attendeeSeen(first, { ...seen, name: '  ', now: 20 })).toBeNull()
	})

	it('follows a renamed presence until the person checks in', () => {
		const first = attendeeSeen(null, seen) as Attendee
		expect(attendeeSeen(first, { ...seen, name: '王小明', now: 20 })).toEqual({ ...first, name: '王小明' })
		const checked = { ...first, checkedInAt: 15, name: '王晓明' }
		expect(attendeeSeen(checked, { ...seen, name: '别名', now: 20 })).toBeNull()
	})
})

describe('attendeeCheckedIn', () => {
	const checkIn = {
		meetingId: 'm1',
		personId: 'p1',
		name: ' 王晓明 ',
		organisation: '幸福里居委会',
		sector: 'government' as const,
		linkLabel: '居民',
		role: 'participant' as const,
		now: 30,
	}

	it('fills the entry of a person already present, keeping when they came', () => {
		const first = attendeeSeen(null, seen) as Attendee
		expect(attendeeCheckedIn(first, checkIn)).toEqual({
			...first,
			name: '王晓明',
			organisation: '幸福里居委会',
			sector: 'government',
			checkedInAt: 30,
		})
	})

	it('records a person who checks in before being seen, and keeps the first check-in time', () => {
		const once = attendeeCheckedIn(null, checkIn)
		expect(once).toMatchObject({ firstSeenAt: 30, checkedInAt: 30 })
		expect(attendeeCheckedIn(once, { ...checkIn, sector: 'residents', now: 50 })).toMatchObject({
			sector: 'residents',
			checkedInAt: 30,
		})
	})
})

describe('attendanceOf and attendanceBySector', () => {
	function person(id: string, sector: Attendee['sector'], firstSeenAt: number, meetingId = 'm1'): Attendee {
		return {
			meetingId,
			personId: id,
			name: id,
			organisation: '',
			sector,
			linkLabel: '',
			role: 'participant',
			firstSeenAt,
			checkedInAt: null,
		}
	}

	it('lists one meeting’s people by sector, then by arrival; counts every sector', () => {
		const doc = new Y.Doc()
		const map = getYAttendance(doc)
		for (const a of [
			person('r1', 'residents', 1),
			person('g1', 'government', 5),
			person('n1', null, 0),
			person('r0', 'residents', 0),
			person('x', 'market', 0, 'm2'),
		])
			map.set(attendanceKey(a.meetingId, a.personId), a)
		map.set('m1:forged', person('other', 'society', 0))
		const list = attendanceOf(doc, 'm1')
		expect(list.map((a) => a.personId)).toEqual(['g1', 'r0', 'r1', 'n1'])
		expect(attendanceBySector(list)).toEqual([
			{ sector: 'government', count: 1 },
			{ sector: 'market', count: 0 },
			{ sector: 'society', count: 0 },
			{ sector: 'residents', count: 2 },
			{ sector: null, count: 1 },
		])
	})
})
