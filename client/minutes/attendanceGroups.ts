import { ACTOR_SECTORS } from '../../shared/domain/enums'
import type { Attendee, AttendeeSector } from '../../shared/meeting/minutesLayout'

/** A meeting's attendance grouped for reading: by sector in 政府/市场/社会/居民 order, then those not checked in. */
export interface AttendanceGroups {
	sectors: { sector: AttendeeSector; people: Attendee[] }[]
	notCheckedIn: Attendee[]
	total: number
}

/**
 * The attendance of `meetingId`, grouped: each sector with someone in it (people by the
 * time they checked in), then the people seen present who have not checked in.
 */
export function attendanceGroups(attendees: readonly Attendee[], meetingId: string): AttendanceGroups {
	const mine = attendees.filter((a) => a.meetingId === meetingId)
	const sectors = ACTOR_SECTORS.map(({ value }) => ({
		sector: value,
		people: mine
			.filter((a) => a.sector === value && a.checkedInAt !== null)
			.sort((a, b) => (a.checkedInAt ?? 0) - (b.checkedInAt ?? 0)),
	})).filter((g) => g.people.length > 0)
	const notCheckedIn = mine
		.filter((a) => a.sector === null || a.checkedInAt === null)
		.sort((a, b) => a.firstSeenAt - b.firstSeenAt)
	return { sectors, notCheckedIn, total: mine.length }
}
