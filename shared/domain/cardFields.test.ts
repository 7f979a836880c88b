import type { T } from '@tldraw/validate'
import { describe, expect, it } from 'vitest'
import { defaultCardProps } from './cardDefaults'
import {
	ACTIVITY_FIELDS,
	BUDGET_FIELDS,
	CARD_FIELDS,
	CARD_KIND_LABELS,
	type FieldDescriptor,
	fieldsOfKind,
	INDICATOR_FIELDS,
	isPrivateField,
	LINK_FIELDS,
	LINK_TYPE_LABELS,
} from './cardFields'
import { CARD_KINDS, LINK_TYPES } from './cardProps'
import {
	budgetLineValidator,
	CARD_SHAPE_PROPS,
	linkMetaValidator,
	projectActivityValidator,
	projectIndicatorValidator,
} from './cardValidators'
import * as enums from './enums'

/** Every value of every enumeration, to probe what an enum validator accepts. */
const ALL_ENUM_VALUES = [
	...new Set(
		(Object.values(enums) as unknown[])
			.filter((v): v is readonly enums.EnumOption[] => Array.isArray(v))
			.flatMap((list) => list.map((o) => o.value)),
	),
	'',
	'not-a-value',
]

function accepts(validator: T.Validatable<unknown>, value: unknown): boolean {
	try {
		validator.validate(value)
		return true
	} catch {
		return false
	}
}

/** Checks that the options of each enum field are exactly what its validator accepts. */
function expectOptionsMatch(fields: readonly FieldDescriptor[], validators: Record<string, T.Validatable<unknown>>) {
	for (const field of fields) {
		if (field.input !== 'enum' && field.input !== 'multiEnum') continue
		const validator = validators[field.key]
		const wrap = (v: string) => (field.input === 'multiEnum' ? [v] : v)
		const accepted = ALL_ENUM_VALUES.filter((v) => accepts(validator, wrap(v)))
		const options = (field.options ?? []).map((o) => o.value)
		expect(options.length, `${field.key} has options`).toBeGreaterThan(0)
		// A link's mechanism may be '' (not chosen yet); the form shows that as empty, not as an option.
		expect(accepted.filter((v) => v !== '').sort(), field.key).toEqual([...options].sort())
	}
}

describe('card fields', () => {
	it.each(CARD_KINDS)('list every prop of a %s card except w and h exactly once', (kind) => {
		const keys = CARD_FIELDS[kind].map((f) => f.key)
		expect(fieldsOfKind(kind)).toBe(CARD_FIELDS[kind])
		const props = Object.keys(defaultCardProps(kind)).filter((k) => k !== 'w' && k !== 'h')
		expect([...keys].sort()).toEqual(props.sort())
		expect(new Set(keys).size).toBe(keys.length)
		expect(Object.keys(CARD_SHAPE_PROPS[kind]).sort()).toEqual(['h', 'w', ...props].sort())
	})

	it.each(CARD_KINDS)('offer exactly the values the validator accepts for each enum field of a %s card', (kind) => {
		expectOptionsMatch(CARD_FIELDS[kind], CARD_SHAPE_PROPS[kind])
	})

	it('describe every column of the project tables, with matching options', () => {
		const tables: [readonly FieldDescriptor[], Record<string, T.Validatable<unknown>>][] = [
			[ACTIVITY_FIELDS, projectActivityValidator.config],
			[BUDGET_FIELDS, budgetLineValidator.config],
			[INDICATOR_FIELDS, projectIndicatorValidator.config],
		]
		for (const [fields, config] of tables) {
			expect(fields.map((f) => f.key).sort()).toEqual(Object.keys(config).sort())
			expectOptionsMatch(fields, config)
		}
		const project = CARD_FIELDS.project
		expect(project.find((f) => f.key === 'activities')?.columns).toBe(ACTIVITY_FIELDS)
		expect(project.find((f) => f.key === 'budget')?.columns).toBe(BUDGET_FIELDS)
		expect(project.find((f) => f.key === 'indicators')?.columns).toBe(INDICATOR_FIELDS)
	})

	it('have a Chinese and an English label on every field', () => {
		const all: FieldDescriptor[] = [
			...CARD_KINDS.flatMap(fieldsOfKind),
			...ACTIVITY_FIELDS,
			...BUDGET_FIELDS,
			...INDICATOR_FIELDS,
			...LINK_FIELDS,
		]
		for (const f of all) {
			expect(f.zh, f.key).toMatch(/\p{Script=Han}/u)
			expect(f.en, f.key).toMatch(/^[A-Z]/)
		}
	})

	it('mark exactly the contact fields private', () => {
		const privateFields = CARD_KINDS.flatMap((kind) =>
			fieldsOfKind(kind)
				.filter((f) => f.private)
				.map((f) => `${kind}.${f.key}`),
		)
		expect(privateFields.sort()).toEqual(['actor.contact', 'resource.contact'])
		expect(isPrivateField('resource', 'contact')).toBe(true)
		expect(isPrivateField('actor', 'contact')).toBe(true)
		expect(isPrivateField('need', 'contact')).toBe(false)
		expect(isPrivateField('resource', 'provider')).toBe(false)
		expect(isPrivateField('geo', 'contact')).toBe(false)
		expect(isPrivateField('toString', 'contact')).toBe(false)
	})
})

describe('link fields and labels', () => {
	it('list every editable field of a link once, with matching options', () => {
		const config = linkMetaValidator.config as Record<string, T.Validatable<unknown>>
		expect(LINK_FIELDS.map((f) => f.key).sort()).toEqual(
			Object.keys(config)
				.filter((k) => k !== 'type')
				.sort(),
		)
		expectOptionsMatch(LINK_FIELDS, config)
	})

	it('name every card kind and link type in both languages', () => {
		expect(Object.keys(CARD_KIND_LABELS).sort()).toEqual([...CARD_KINDS].sort())
		expect(Object.keys(LINK_TYPE_LABELS).sort()).toEqual([...LINK_TYPES].sort())
		expect(CARD_KIND_LABELS.need).toEqual({ zh: '需求', en: 'Need' })
		expect(LINK_TYPE_LABELS.allocation).toEqual({ zh: '资源配置', en: 'Allocation' })
	})
})
