import type { TLRecord, TLStore } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { jsonEqual } from '../../shared/jsonEqual'
import {
	deletePrivateProps,
	getYPrivate,
	hidePrivateProps,
	mergePrivateProps,
	type PrivateProps,
	readPrivateProps,
	splitPrivateProps,
	writePrivateProps,
} from '../../shared/privateDocLayout'
import {
	changedRecordIds,
	deleteRecord,
	getYMeta,
	getYRecords,
	type PlainRecord,
	readAllRecords,
	readRecord,
	writeRecord,
	writeRecordChanges,
	Y_META_SCHEMA_KEY,
} from '../../shared/ydocLayout'

/** The transaction origin of this client's own writes; its events are not applied back. */
export const LOCAL_ORIGIN = Symbol('niudai-local')

export interface BindingLog {
	warn(message: string, detail?: unknown): void
}

export interface StoreBinding {
	/** Detaches every listener. */
	dispose(): void
	/** Records skipped because they failed validation or referenced missing records. */
	readonly skipped: ReadonlyMap<string, string>
	/** Merges pending remote changes now instead of at the next scheduled merge. */
	flush(): void
}

type AnyRecord = TLRecord & PlainRecord

/**
 * Record types that stay on this device. tldraw 5 keeps the current person's `user`
 * record (name, colour) among the document records; people travel in awareness
 * instead, so opening a board writes nothing and nobody's name is stored in it.
 */
export const LOCAL_ONLY_TYPES: ReadonlySet<string> = new Set(['user'])

/** Remote changes are merged at least this often apart while they keep coming (ms). */
const MIN_MERGE_INTERVAL_MS = 16
/** …and at most this far apart, however slow a merge is (ms). */
const MAX_MERGE_INTERVAL_MS = 100

function asPlain(rec: TLRecord): PlainRecord {
	return rec as unknown as PlainRecord
}

/** The private props of `to` that differ from those of `from` ('' for one `to` no longer has). */
function changedPrivateProps(from: PrivateProps | null, to: PrivateProps | null): PrivateProps | null {
	if (jsonEqual(from ?? {}, to ?? {})) return null
	const out: PrivateProps = {}
	for (const [key, value] of Object.entries(to ?? {})) if (!jsonEqual(from?.[key], value)) out[key] = value
	for (const key of Object.keys(from ?? {})) if (!Object.hasOwn(to ?? {}, key)) out[key] = ''
	return out
}

/** Ids a record needs to exist before it can be shown (parent, binding ends). */
function dependencies(rec: AnyRecord): string[] {
	if (rec.typeName === 'shape') return [rec.parentId as string]
	if (rec.typeName === 'binding') return [rec.fromId as string, rec.toId as string]
	return []
}

/**
 * Binds a tldraw store to a board's Y.Doc, both ways.
 *
 * - Loads the doc's records (migrated from the schema stored in the doc) into the store
 *   as a remote change; the joining client writes nothing.
 * - Local user changes to document records → one Yjs transaction per store history
 *   entry, with LOCAL_ORIGIN; only the fields that changed are written.
 * - Remote Yjs changes → `store.mergeRemoteChanges`, so they never enter the local undo
 *   stack and are never echoed back. Pending local changes are flushed to the doc
 *   first, then the current doc state of each touched record is applied.
 * - A record that fails validation is skipped and logged; a shape whose parent, or a
 *   binding whose shapes, are missing waits until they arrive.
 * - Private card props (联系方式) never go into `doc`: with `privateDoc` (editors and
 *   facilitators) they are written to and read from the board's private document and
 *   merged into the records; without it (viewers) they stay empty.
 */
export function bindStoreToYDoc(
	store: TLStore,
	doc: Y.Doc,
	log: BindingLog = console,
	privateDoc: Y.Doc | null = null,
): StoreBinding {
	const yRecords = getYRecords(doc)
	const yMeta = getYMeta(doc)
	const yPrivate = privateDoc ? getYPrivate(privateDoc) : null
	/** A record of the doc as the store holds it: with its private props, or with them empty. */
	const withPrivate = (rec: PlainRecord): PlainRecord =>
		yPrivate ? mergePrivateProps(rec, readPrivateProps(yPrivate, rec.id)) : hidePrivateProps(rec)
	/** The record as the main document holds it. */
	const publicPart = (rec: TLRecord): PlainRecord => splitPrivateProps(asPlain(rec)).record
	const skipped = new Map<string, string>()
	/** Records waiting for a dependency, retried whenever remote records arrive. */
	const waiting = new Set<string>()

	const validate = (rec: AnyRecord): AnyRecord | null => {
		try {
			const prev = store.get(rec.id as TLRecord['id']) ?? null
			return store.schema.validateRecord(store, rec, prev ? 'updateRecord' : 'createRecord', prev) as AnyRecord
		} catch (err) {
			const reason = err instanceof Error ? err.message : String(err)
			skipped.set(rec.id, reason)
			log.warn(`[niudai] skipped invalid remote record ${rec.id}: ${reason}`)
			return null
		}
	}

	/** Puts remote records and removes remote deletions, tolerating bad and dangling ones. */
	const applyRemote = (toPut: AnyRecord[], toRemove: string[]) => {
		const valid: AnyRecord[] = []
		for (const rec of toPut) {
			const ok = validate(rec)
			if (ok) valid.push(ok)
		}
		const incoming = new Set<string>(valid.map((r) => r.id))
		const removing = new Set(toRemove)
		const exists = (id: string) => !removing.has(id) && (incoming.has(id) || store.has(id as TLRecord['id']))
		// A shape may depend on another incoming shape; keep iterating until stable.
		let ready = valid
		let changed = true
		while (changed) {
			changed = false
			const next: AnyRecord[] = []
			for (const rec of ready) {
				if (dependencies(rec).every(exists)) next.push(rec)
				else {
					incoming.delete(rec.id)
					changed = true
				}
			}
			ready = next
		}
		for (const rec of valid) {
			if (!incoming.has(rec.id)) waiting.add(rec.id)
			else {
				waiting.delete(rec.id)
				skipped.delete(rec.id)
			}
		}
		const removable = toRemove.filter((id) => store.has(id as TLRecord['id']))
		for (const id of toRemove) waiting.delete(id)
		if (ready.length === 0 && removable.length === 0) return
		store.mergeRemoteChanges(() => {
			if (removable.length > 0) store.remove(removable as TLRecord['id'][])
			if (ready.length > 0) store.put(ready)
		})
	}

	// 1. Initial load, migrated from the schema the records were written with.
	const loaded = readAllRecords(doc, (id) => log.warn(`[niudai] skipped malformed record ${id}`))
		.filter((r) => !LOCAL_ONLY_TYPES.has(r.typeName))
		.map(withPrivate)
	const storedSchema = yMeta.get(Y_META_SCHEMA_KEY) as ReturnType<typeof store.schema.serialize> | undefined
	let initial = loaded as AnyRecord[]
	if (storedSchema) {
		const migrated = store.schema.migrateStoreSnapshot({
			store: Object.fromEntries(loaded.map((r) => [r.id, r])) as never,
			schema: storedSchema,
		})
		if (migrated.type === 'success') initial = Object.values(migrated.value) as AnyRecord[]
		else log.warn(`[niudai] could not migrate board records: ${migrated.reason}`)
	}
	applyRemote(initial, [])

	// 2. Local → Y.
	const synced = (rec: TLRecord) => !LOCAL_ONLY_TYPES.has(rec.typeName)
	const unlisten = store.listen(
		({ changes }) => {
			const added = Object.values(changes.added).filter(synced)
			const updated = Object.values(changes.updated).filter(([, to]) => synced(to))
			const removed = Object.values(changes.removed).filter(synced)
			if (added.length === 0 && updated.length === 0 && removed.length === 0) return
			doc.transact(() => {
				for (const rec of added) writeRecord(yRecords, publicPart(rec))
				for (const [from, to] of updated) writeRecordChanges(yRecords, publicPart(from), publicPart(to))
				for (const rec of removed) deleteRecord(yRecords, rec.id)
			}, LOCAL_ORIGIN)
			if (!yPrivate || !privateDoc) return
			const privateWrites: [string, PrivateProps | null][] = []
			for (const rec of added) {
				const props = splitPrivateProps(asPlain(rec)).privateProps
				if (props) privateWrites.push([rec.id, props])
			}
			for (const [from, to] of updated) {
				const props = changedPrivateProps(
					splitPrivateProps(asPlain(from)).privateProps,
					splitPrivateProps(asPlain(to)).privateProps,
				)
				if (props) privateWrites.push([to.id, props])
			}
			for (const rec of removed) if (yPrivate.has(rec.id)) privateWrites.push([rec.id, null])
			if (privateWrites.length === 0) return
			privateDoc.transact(() => {
				for (const [id, props] of privateWrites) {
					if (props) writePrivateProps(yPrivate, id, props)
					else deletePrivateProps(yPrivate, id)
				}
			}, LOCAL_ORIGIN)
		},
		{ source: 'user', scope: 'document' },
	)
	if (!yMeta.has(Y_META_SCHEMA_KEY)) {
		doc.transact(() => yMeta.set(Y_META_SCHEMA_KEY, store.schema.serialize()), LOCAL_ORIGIN)
	}

	// 3. Y → local, batched per task.
	const touched = new Set<string>()
	let scheduled = false
	let timer: ReturnType<typeof setTimeout> | null = null
	let lastMergeAt = Number.NEGATIVE_INFINITY
	let lastMergeCost = 0
	const applyTouched = () => {
		if (!scheduled) return
		scheduled = false
		if (timer) clearTimeout(timer)
		timer = null
		const started = performance.now()
		// Write pending local changes first, so the doc holds both sides before we read it.
		store._flushHistory()
		const ids = [...touched, ...waiting]
		touched.clear()
		const toPut: AnyRecord[] = []
		const toRemove: string[] = []
		for (const id of ids) {
			const yrec = yRecords.get(id)
			if (yrec === undefined) {
				toRemove.push(id)
				continue
			}
			const rec = readRecord(yrec)
			if (!rec || rec.id !== id) {
				skipped.set(id, 'malformed record in document')
				log.warn(`[niudai] skipped malformed remote record ${id}`)
				continue
			}
			if (!LOCAL_ONLY_TYPES.has(rec.typeName)) toPut.push(withPrivate(rec) as AnyRecord)
		}
		applyRemote(toPut, toRemove)
		lastMergeAt = performance.now()
		lastMergeCost = lastMergeAt - started
	}
	/**
	 * The first remote change after a quiet spell is merged at once (after the current
	 * task); while changes keep coming — someone dragging — merges are spaced by three
	 * times what the last one cost, so a big board is never kept busy merging.
	 */
	const scheduleMerge = () => {
		if (scheduled) return
		scheduled = true
		const gap = Math.min(MAX_MERGE_INTERVAL_MS, Math.max(MIN_MERGE_INTERVAL_MS, lastMergeCost * 3))
		const wait = lastMergeAt + gap - performance.now()
		if (wait <= 0) queueMicrotask(applyTouched)
		else timer = setTimeout(applyTouched, wait)
	}
	const onDeep = (events: Y.YEvent<Y.AbstractType<unknown>>[], txn: Y.Transaction) => {
		if (txn.origin === LOCAL_ORIGIN) return
		for (const id of changedRecordIds(yRecords, events)) touched.add(id)
		scheduleMerge()
	}
	yRecords.observeDeep(onDeep)
	// A change of a record's private props re-reads that record.
	const onPrivateDeep = (events: Y.YEvent<Y.AbstractType<unknown>>[], txn: Y.Transaction) => {
		if (txn.origin === LOCAL_ORIGIN || !yPrivate) return
		for (const id of changedRecordIds(yPrivate, events)) if (yRecords.has(id)) touched.add(id)
		scheduleMerge()
	}
	yPrivate?.observeDeep(onPrivateDeep)

	return {
		skipped,
		flush: applyTouched,
		dispose() {
			unlisten()
			yRecords.unobserveDeep(onDeep)
			yPrivate?.unobserveDeep(onPrivateDeep)
			scheduled = false
			if (timer) clearTimeout(timer)
		},
	}
}
