import { hidePrivateProps } from '../../shared/privateDocLayout'
import type { PlainRecord } from '../../shared/ydocLayout'

/**
 * The records with private props (联系方式) at their empty defaults, for what viewers may
 * see. Same rule as the exports: a card's prop is emptied when `isPrivateField(kind, prop)`.
 */
export function withoutPrivateProps(records: readonly PlainRecord[]): PlainRecord[] {
	return records.map(hidePrivateProps)
}
