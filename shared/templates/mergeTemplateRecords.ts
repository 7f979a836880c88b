import type { TLDocument, TLRecord } from '@tldraw/tlschema'
import type { JsonObject, JsonValue } from '@tldraw/utils'

function isDocument(r: TLRecord): r is TLDocument {
	return r.typeName === 'document'
}

/** True when a meta value says nothing: absent, null, an empty or blank string. */
function isEmptyMetaValue(value: JsonValue | undefined): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/** The document meta a template's records set (from its document record), or null when they set none. */
export function templateDocumentMeta(templateRecords: readonly TLRecord[]): JsonObject | null {
	const doc = templateRecords.find(isDocument)
	return doc ? doc.meta : null
}

/**
 * `boardMeta` with the keys of `templateMeta` that the board has empty (absent, null or
 * blank) filled in: a template never overwrites what a board already says. Returns null
 * when nothing would change.
 */
export function fillDocumentMeta(boardMeta: JsonObject, templateMeta: JsonObject | null): JsonObject | null {
	if (!templateMeta) return null
	const out: JsonObject = { ...boardMeta }
	let changed = false
	for (const [key, value] of Object.entries(templateMeta)) {
		if (value === undefined || isEmptyMetaValue(value) || !isEmptyMetaValue(boardMeta[key])) continue
		out[key] = value
		changed = true
	}
	return changed ? out : null
}

/**
 * A board's records with a template's records added: the template's document record (its
 * 计划书信息 and other document meta) is not added as a second document but filled into the
 * board's own (`fillDocumentMeta`); every other template record follows the board's. When
 * the board has no document record, the template's is kept.
 */
export function mergeTemplateRecords(board: readonly TLRecord[], templateRecords: readonly TLRecord[]): TLRecord[] {
	const meta = templateDocumentMeta(templateRecords)
	const rest = templateRecords.filter((r) => !isDocument(r))
	if (!board.some(isDocument)) {
		const doc = templateRecords.find(isDocument)
		return [...board, ...(doc ? [doc] : []), ...rest]
	}
	const merged = board.map((r) => {
		if (!isDocument(r)) return r
		const filled = fillDocumentMeta(r.meta, meta)
		return filled ? { ...r, meta: filled } : r
	})
	return [...merged, ...rest]
}
