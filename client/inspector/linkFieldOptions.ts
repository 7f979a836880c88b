import type { FieldDescriptor, LinkFieldDescriptor } from '../../shared/domain/cardFields'
import type { LinkMeta } from '../../shared/domain/cardProps'
import { validateLinkMeta } from '../../shared/domain/cardValidators'
import { type EnumOption, STRATEGIES, strategiesOf } from '../../shared/domain/enums'

/** The empty choice of an optional pick-list. */
export const NOT_SET_OPTION: EnumOption = { value: '', zh: '（未选择）', en: '(not set)' }

/**
 * The descriptor a link field is edited with: the mechanism may be unset, and the
 * strategy offers only the strategies of the chosen mechanism (all of them while none is
 * chosen). `singleLine` turns a long text into one line (table cells).
 */
export function linkFieldForEdit(field: LinkFieldDescriptor, link: LinkMeta, singleLine = false): FieldDescriptor {
	if (field.key === 'mechanism') return { ...field, options: [NOT_SET_OPTION, ...(field.options ?? [])] }
	if (field.key === 'strategy') return { ...field, options: [NOT_SET_OPTION, ...strategiesOf(link.mechanism)] }
	if (singleLine && field.input === 'longtext') return { ...field, input: 'text' }
	return field
}

/**
 * The link after setting `key` to `value`, or null when that is not a valid link: a new
 * mechanism clears a strategy that does not belong to it, and a strategy chosen while no
 * mechanism is set sets its mechanism.
 */
export function editLink(link: LinkMeta, key: keyof LinkMeta, value: unknown): LinkMeta | null {
	const next: Record<string, unknown> = { ...link, [key]: value }
	if (key === 'mechanism' && next.strategy !== '') {
		if (!strategiesOf(String(value)).some((s) => s.value === next.strategy)) next.strategy = ''
	}
	if (key === 'strategy' && link.mechanism === '' && value !== '') {
		const strategy = STRATEGIES.find((s) => s.value === value)
		if (strategy) next.mechanism = strategy.mechanism
	}
	return validateLinkMeta(next)
}
