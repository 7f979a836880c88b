import type { Role } from '../protocol'
import {
	type Attendee,
	type AttendeeSector,
	MAX_ATTENDEE_LINK_LABEL_LENGTH,
	MAX_ATTENDEE_NAME_LENGTH,
	MAX_CHECK_IN_NAME_LENGTH,
	MAX_CHECK_IN_ORGANISATION_LENGTH,
} from './minutesLayout'

/** Who the server saw present: one connection's person, link and presence name. */
export interface PresenceSighting {
	meetingId: string
	personId: string
	/** The display name in its presence ('' when it has none yet). */
	name: string
	linkLabel: string
	role: Role
	/** Server ms. */
	now: number
}

/**
 * The attendance entry after a person was seen present, or null when nothing changes:
 * a new entry the first time; later only the name, while the person has not checked in
 * (a name typed at 签到 is theirs to change, not their presence's) and only to a
 * non-empty one. First seen, link and role stay as first recorded.
 */
export function attendeeSeen(existing: Attendee | null, seen: PresenceSighting): Attendee | null {
	const name = seen.name.trim().slice(0, MAX_ATTENDEE_NAME_LENGTH)
	if (!existing) {
		return {
			meetingId: seen.meetingId,
			personId: seen.personId,
			name,
			organisation: '',
			sector: null,
			linkLabel: seen.linkLabel.slice(0, MAX_ATTENDEE_LINK_LABEL_LENGTH),
			role: seen.role,
			firstSeenAt: seen.now,
			checkedInAt: null,
		}
	}
	if (existing.checkedInAt !== null || name === '' || name === existing.name) return null
	return { ...existing, name }
}

/** A person's 签到, as the server accepted it. */
export interface CheckIn {
	meetingId: string
	personId: string
	name: string
	organisation: string
	sector: AttendeeSector
	linkLabel: string
	role: Role
	now: number
}

/**
 * The attendance entry after a 签到: name, organisation and sector as given; first seen
 * and the first check-in time are kept when the person was already recorded (checking in
 * again corrects the entry, it does not add one).
 */
export function attendeeCheckedIn(existing: Attendee | null, checkIn: CheckIn): Attendee {
	return {
		meetingId: checkIn.meetingId,
		personId: checkIn.personId,
		name: checkIn.name.trim().slice(0, MAX_CHECK_IN_NAME_LENGTH),
		organisation: checkIn.organisation.trim().slice(0, MAX_CHECK_IN_ORGANISATION_LENGTH),
		sector: checkIn.sector,
		linkLabel: existing?.linkLabel || checkIn.linkLabel.slice(0, MAX_ATTENDEE_LINK_LABEL_LENGTH),
		role: existing?.role ?? checkIn.role,
		firstSeenAt: existing?.firstSeenAt ?? checkIn.now,
		checkedInAt: existing?.checkedInAt ?? checkIn.now,
	}
}
