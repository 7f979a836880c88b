import { isPrivateField } from '../../shared/domain/cardFields'
import type { PlainRecord } from '../../shared/ydocLayout'

/**
 * The records with private props (联系方式) emptied, for what viewers may see. Same rule
 * as the exports: a card's prop is emptied when `isPrivateField(kind, prop)`.
 */
export function withoutPrivateProps(records: readonly PlainRecord[]): PlainRecord[] {
	return records.map((rec) => {
		if (rec.typeName !== 'shape' || typeof rec.type !== 'string') return rec
		const props = rec.props
		if (typeof props !== 'object' || props === null) return rec
		const kind = rec.type
		let changed = false
		const next: Record<string, unknown> = { ...(props as Record<string, unknown>) }
		for (const key of Object.keys(next)) {
			if (isPrivateField(kind, key) && next[key] !== '') {
				next[key] = ''
				changed = true
			}
		}
		return changed ? { ...rec, props: next } : rec
	})
}
