import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { PLAN_INFO_PRIVATE_RECORD, type PlanInfoPrivate } from '../../shared/plan/planInfo'
import { getYPrivate, readPrivateProps, writePrivateProps } from '../../shared/privateDocLayout'
import { LOCAL_ORIGIN } from '../sync/bindStoreToYDoc'

/** The private plan-info fields held by a private document (empty when it holds none). */
export function readPlanInfoPrivate(doc: Y.Doc): PlanInfoPrivate {
	const props = readPrivateProps(getYPrivate(doc), PLAN_INFO_PRIVATE_RECORD)
	return { contactPhone: typeof props?.contactPhone === 'string' ? props.contactPhone : '' }
}

/**
 * The plan's private fields (电话), live from the board's private document, and a writer.
 * `doc` is null for viewers: they never open the private document, so there is nothing.
 */
export function usePlanInfoPrivate(doc: Y.Doc | null): {
	value: PlanInfoPrivate | null
	write(key: keyof PlanInfoPrivate, value: string): void
} {
	const [value, setValue] = useState<PlanInfoPrivate | null>(() => (doc ? readPlanInfoPrivate(doc) : null))
	useEffect(() => {
		if (!doc) {
			setValue(null)
			return
		}
		const map = getYPrivate(doc)
		const update = () => setValue(readPlanInfoPrivate(doc))
		update()
		map.observeDeep(update)
		return () => map.unobserveDeep(update)
	}, [doc])
	const write = useCallback(
		(key: keyof PlanInfoPrivate, next: string) => {
			if (!doc) return
			doc.transact(() => writePrivateProps(getYPrivate(doc), PLAN_INFO_PRIVATE_RECORD, { [key]: next }), LOCAL_ORIGIN)
		},
		[doc],
	)
	return { value, write }
}
