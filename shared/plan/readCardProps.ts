import { defaultCardProps } from '../domain/cardDefaults'
import { CARD_FIELDS, type FieldDescriptor } from '../domain/cardFields'
import { risksFromText } from '../domain/cardMigrations'
import type { CardKind, CardPropsByKind } from '../domain/cardProps'

/** Props read defensively, and the keys whose stored value was unusable. */
export interface ReadCardPropsResult<K extends CardKind> {
	props: CardPropsByKind[K]
	/** Keys whose stored value had the wrong type or was out of range (read as the default). */
	invalid: string[]
}

type Coerced = { ok: true; value: unknown } | { ok: false }

const BAD: Coerced = { ok: false }

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function coerceNumber(field: FieldDescriptor, value: unknown, nullable: boolean): Coerced {
	if (value === null && nullable) return { ok: true, value: null }
	if (typeof value !== 'number' || !Number.isFinite(value)) return BAD
	if (field.min !== undefined && value < field.min) return BAD
	if (field.max !== undefined && value > field.max) return BAD
	if (field.integer && !Number.isInteger(value)) return { ok: true, value: Math.round(value) }
	return { ok: true, value }
}

function coerceRow(columns: readonly FieldDescriptor[], value: unknown): Record<string, unknown> | null {
	if (!isRecord(value)) return null
	const row: Record<string, unknown> = {}
	for (const col of columns) {
		// Every number column of a table row is nullable; text columns default to ''.
		const fallback = col.input === 'number' ? null : col.input === 'enum' ? col.options?.[0]?.value : ''
		const c = coerce(col, value[col.key], col.input === 'number')
		row[col.key] = c.ok ? c.value : fallback
	}
	return row
}

function coerce(field: FieldDescriptor, value: unknown, nullable: boolean): Coerced {
	switch (field.input) {
		case 'text':
		case 'longtext':
		case 'suggest':
		case 'date':
			return typeof value === 'string' ? { ok: true, value } : BAD
		case 'number':
			return coerceNumber(field, value, nullable)
		case 'enum':
			return typeof value === 'string' && (field.options ?? []).some((o) => o.value === value)
				? { ok: true, value }
				: BAD
		case 'multiEnum': {
			if (!Array.isArray(value)) return BAD
			const allowed = new Set((field.options ?? []).map((o) => o.value))
			return {
				ok: true,
				value: [...new Set(value.filter((v): v is string => typeof v === 'string' && allowed.has(v)))],
			}
		}
		case 'stringList':
			return Array.isArray(value) ? { ok: true, value: value.filter((v): v is string => typeof v === 'string') } : BAD
		case 'risks':
			// Risks written as one text (before they were a table) read as one row per line.
			if (typeof value === 'string') return { ok: true, value: risksFromText(value) }
			return coerceTable(field, value)
		case 'activities':
		case 'budget':
		case 'indicators':
		case 'dispatchTrail':
			return coerceTable(field, value)
	}
}

function coerceTable(field: FieldDescriptor, value: unknown): Coerced {
	if (!Array.isArray(value)) return BAD
	const columns = field.columns ?? []
	const rows = value.map((v) => coerceRow(columns, v)).filter((r) => r !== null)
	return { ok: true, value: rows }
}

/**
 * The props of a card of kind `kind` read from `raw` (any value): each field that has
 * the right type is kept, every other one falls back to its default from
 * `defaultCardProps`. Text is kept whatever its length; numbers must be finite and in
 * range; enum values must be known; malformed table rows are dropped. Never throws.
 */
export function readCardProps<K extends CardKind>(kind: K, raw: unknown): ReadCardPropsResult<K> {
	const defaults = defaultCardProps(kind) as unknown as Record<string, unknown>
	const props: Record<string, unknown> = { ...defaults }
	const invalid: string[] = []
	const source = isRecord(raw) ? raw : {}
	const fields: readonly FieldDescriptor[] = CARD_FIELDS[kind]
	for (const field of fields) {
		if (!Object.hasOwn(source, field.key)) {
			invalid.push(field.key)
			continue
		}
		const c = coerce(field, source[field.key], defaults[field.key] === null)
		if (c.ok) props[field.key] = c.value
		else invalid.push(field.key)
	}
	return { props: props as unknown as CardPropsByKind[K], invalid }
}
