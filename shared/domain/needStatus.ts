import type { LinkType } from './cardProps'
import type { NeedStatus } from './enums'

/**
 * A need's status as people should read it: one still marked 待认领 (open) that a resource
 * is allocated to, or a project serves, is 已匹配 (matched). Any status someone moved on
 * (办理中, 已完成 …) is kept as it is.
 */
export function effectiveNeedStatus(status: NeedStatus, linked: boolean): NeedStatus {
	return status === 'open' && linked ? 'matched' : status
}

/** The status to write on a need when a link of `type` to it is made (null: leave it). */
export function needStatusAfterLink(status: NeedStatus, type: LinkType | null): NeedStatus | null {
	if (type !== 'allocation' && type !== 'serves') return null
	const next = effectiveNeedStatus(status, true)
	return next === status ? null : next
}
