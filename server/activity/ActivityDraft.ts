import type { ActivityEntry } from '../../shared/activity/activityTypes'

/** An activity entry as derived from a change, before it is attributed (actor) and timed. */
export type ActivityDraft = Pick<ActivityEntry, 'kind' | 'targetId' | 'targetType' | 'targetTitle' | 'fields'>
