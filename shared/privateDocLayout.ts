import * as Y from 'yjs'
import { defaultCardProps } from './domain/cardDefaults'
import { fieldsOfKind } from './domain/cardFields'
import { CARD_KINDS, type CardKind, isCardKind } from './domain/cardProps'
import { jsonEqual } from './jsonEqual'
import type { PlainRecord } from './ydocLayout'

/**
 * The private document of a board: the card fields marked `private` in
 * `shared/domain/cardFields.ts` (联系方式), which only editor and facilitator links may
 * read. It is a second Y.Doc, synced on its own socket (`privateSyncRoom`) that viewers
 * may not open; the main document never holds these props, so nothing a viewer's socket
 * receives carries them.
 *
 * ```
 * Y.Doc (private)
 * └─ "private": Y.Map<recordId, Y.Map<propKey, value>>   only non-empty values; a
 *                                                          record without any has no entry
 * ```
 *
 * A card read for an editor is its main-document record with these props merged in
 * (`mergePrivateProps`); for a viewer, with their empty defaults (`hidePrivateProps`).
 */
export const Y_PRIVATE_KEY = 'private'

/** The private props of one record, by prop key. */
export type PrivateProps = Record<string, unknown>

/** The private map of a board's private document. */
export function getYPrivate(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(Y_PRIVATE_KEY)
}

const PRIVATE_KEYS_BY_KIND: ReadonlyMap<string, readonly string[]> = new Map(
	CARD_KINDS.map((kind) => [kind, fieldsOfKind(kind).flatMap((f) => (f.private === true ? [f.key] : []))]),
)

/**
 * Every prop key that is private in some card kind. The main document never holds one
 * of these keys in any record's props (the server refuses an update that writes one).
 */
export const PRIVATE_PROP_KEYS: ReadonlySet<string> = new Set([...PRIVATE_KEYS_BY_KIND.values()].flat())

/** The private prop keys of a shape type (none for non-card shapes). */
export function privatePropKeys(type: unknown): readonly string[] {
	return typeof type === 'string' ? (PRIVATE_KEYS_BY_KIND.get(type) ?? []) : []
}

function propsOf(rec: PlainRecord): Record<string, unknown> | null {
	if (rec.typeName !== 'shape') return null
	const props = rec.props
	return typeof props === 'object' && props !== null && !Array.isArray(props)
		? (props as Record<string, unknown>)
		: null
}

/** True for a value that means "no private value" ('' , null, undefined). */
function isEmptyValue(value: unknown): boolean {
	return value === '' || value === null || value === undefined
}

/**
 * Splits a record into what the main document holds (`record`, without any key of
 * PRIVATE_PROP_KEYS in its props) and its private props (`privateProps`, the removed
 * keys that are private for its kind; null when it has none). Records without such
 * props are returned as they are.
 */
export function splitPrivateProps(rec: PlainRecord): { record: PlainRecord; privateProps: PrivateProps | null } {
	const props = propsOf(rec)
	if (!props || !Object.keys(props).some((k) => PRIVATE_PROP_KEYS.has(k))) {
		return { record: rec, privateProps: null }
	}
	const keys = privatePropKeys(rec.type)
	const pub: Record<string, unknown> = {}
	const priv: PrivateProps = {}
	for (const [key, value] of Object.entries(props)) {
		if (!PRIVATE_PROP_KEYS.has(key)) pub[key] = value
		else if (keys.includes(key)) priv[key] = value
	}
	return { record: { ...rec, props: pub }, privateProps: Object.keys(priv).length > 0 ? priv : null }
}

/** The records as the main document holds them, and the non-empty private props by record id. */
export function splitAllPrivateProps(records: readonly PlainRecord[]): {
	records: PlainRecord[]
	privateProps: Map<string, PrivateProps>
} {
	const out: PlainRecord[] = []
	const privateProps = new Map<string, PrivateProps>()
	for (const rec of records) {
		const split = splitPrivateProps(rec)
		out.push(split.record)
		const nonEmpty = nonEmptyProps(split.privateProps)
		if (nonEmpty) privateProps.set(rec.id, nonEmpty)
	}
	return { records: out, privateProps }
}

function nonEmptyProps(props: PrivateProps | null | undefined): PrivateProps | null {
	if (!props) return null
	const out: PrivateProps = {}
	for (const [key, value] of Object.entries(props)) if (!isEmptyValue(value)) out[key] = value
	return Object.keys(out).length > 0 ? out : null
}

function defaultOf(kind: CardKind, key: string): unknown {
	return (defaultCardProps(kind) as unknown as Record<string, unknown>)[key] ?? ''
}

/**
 * The record with every private prop of its kind set: the value in `privateProps` when
 * it has the key, else the record's own value (data written before private fields moved
 * out of the main document), else the field's empty default (also for a value of another
 * type than the default's, so a card always validates).
 */
export function mergePrivateProps(rec: PlainRecord, privateProps: PrivateProps | undefined): PlainRecord {
	const props = propsOf(rec)
	if (!props || !isCardKind(rec.type)) return rec
	const kind = rec.type
	const keys = privatePropKeys(kind)
	if (keys.length === 0) return rec
	let next: Record<string, unknown> | null = null
	for (const key of keys) {
		const empty = defaultOf(kind, key)
		const given =
			privateProps && Object.hasOwn(privateProps, key)
				? privateProps[key]
				: Object.hasOwn(props, key)
					? props[key]
					: empty
		// A value of the wrong type (a hostile write into the private document) reads as empty.
		const value = typeof given === typeof empty ? given : empty
		if (Object.hasOwn(props, key) && jsonEqual(props[key], value)) continue
		next ??= { ...props }
		next[key] = value
	}
	return next ? { ...rec, props: next } : rec
}

/** The record with every private prop of its kind at its empty default: what a viewer sees. */
export function hidePrivateProps(rec: PlainRecord): PlainRecord {
	const props = propsOf(rec)
	if (!props || !isCardKind(rec.type)) return rec
	const kind = rec.type
	let next: Record<string, unknown> | null = null
	for (const key of privatePropKeys(kind)) {
		const empty = defaultOf(kind, key)
		if (Object.hasOwn(props, key) && jsonEqual(props[key], empty)) continue
		next ??= { ...props }
		next[key] = empty
	}
	return next ? { ...rec, props: next } : rec
}

/** The private props of a record in the private map (plain values), or undefined. */
export function readPrivateProps(yPrivate: Y.Map<Y.Map<unknown>>, id: string): PrivateProps | undefined {
	const entry = yPrivate.get(id)
	return entry instanceof Y.Map ? (entry.toJSON() as PrivateProps) : undefined
}

/** Every entry of the private map as plain values. */
export function readAllPrivateProps(yPrivate: Y.Map<Y.Map<unknown>>): Map<string, PrivateProps> {
	const out = new Map<string, PrivateProps>()
	for (const [id, entry] of yPrivate.entries()) {
		if (entry instanceof Y.Map) out.set(id, entry.toJSON() as PrivateProps)
	}
	return out
}

/**
 * Writes a record's private props into the private map, touching only keys whose value
 * differs: an empty value removes its key, and an entry left without keys is removed.
 * Keys not in `props` are left alone. Must run inside a transaction to be one update.
 */
export function writePrivateProps(yPrivate: Y.Map<Y.Map<unknown>>, id: string, props: PrivateProps): void {
	let entry = yPrivate.get(id)
	if (!(entry instanceof Y.Map)) {
		if (!nonEmptyProps(props)) return
		entry = new Y.Map<unknown>()
		yPrivate.set(id, entry)
	}
	const target = entry
	for (const [key, value] of Object.entries(props)) {
		if (isEmptyValue(value)) {
			if (target.has(key)) target.delete(key)
		} else if (!target.has(key) || !jsonEqual(target.get(key), value)) {
			target.set(key, value)
		}
	}
	if (target.size === 0) yPrivate.delete(id)
}

/** Removes a record's private props. */
export function deletePrivateProps(yPrivate: Y.Map<Y.Map<unknown>>, id: string): void {
	if (yPrivate.has(id)) yPrivate.delete(id)
}

/**
 * Makes the private map hold exactly `target` (non-empty values only), in ONE
 * transaction with `origin`, touching only what differs. Returns how many entries
 * changed.
 */
export function applyPrivateProps(doc: Y.Doc, target: ReadonlyMap<string, PrivateProps>, origin: unknown): number {
	const yPrivate = getYPrivate(doc)
	let changed = 0
	doc.transact(() => {
		for (const id of [...yPrivate.keys()]) {
			if (!target.has(id)) {
				yPrivate.delete(id)
				changed++
			}
		}
		for (const [id, props] of target) {
			const wanted = nonEmptyProps(props) ?? {}
			const current = readPrivateProps(yPrivate, id) ?? {}
			if (jsonEqual(current, wanted)) continue
			const write: PrivateProps = { ...wanted }
			for (const key of Object.keys(current)) if (!Object.hasOwn(wanted, key)) write[key] = ''
			writePrivateProps(yPrivate, id, write)
			changed++
		}
	}, origin)
	return changed
}
