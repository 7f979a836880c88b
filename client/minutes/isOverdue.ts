import type { ActionItem } from '../../shared/meeting/minutesLayout'

/** True when an open 待办's 完成时限 (`YYYY-MM-DD`) is before `today` (`YYYY-MM-DD`); never for a done one or one without a date. */
export function isOverdue(item: Pick<ActionItem, 'due' | 'done'>, today: string): boolean {
	return !item.done && /^\d{4}-\d{2}-\d{2}$/.test(item.due) && item.due < today
}
