import type { SerializedSchema, StoreSnapshot } from '@tldraw/store'
import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID, type TLRecord } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import { createBoardSchema, validateBoardRecords } from '../boardSchema'
import { DEFAULT_PAGE_NAME, FIRST_PAGE_ID } from '../seedRecords'
import type { BoardFileProblem } from './importTypes'

/** Which kind of board file was read. */
export type BoardFileFormat = 'niudai' | 'tldr'

/** A board file read for import: the records of a new board, or what is wrong with the file. */
export type ParsedBoardFile =
	| {
			readonly ok: true
			readonly format: BoardFileFormat
			/** The title the file carries (json export), or null. */
			readonly title: string | null
			/** Document-scope records, migrated to the board schema and valid; a document and a page included. */
			readonly records: TLRecord[]
	  }
	| { readonly ok: false; readonly problems: BoardFileProblem[] }

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fileProblem(zh: string, en: string): ParsedBoardFile {
	return { ok: false, problems: [{ record: '', message: { zh, en } }] }
}

/** The records of the file, as an id → record map, or a problem. */
function recordsOf(
	value: unknown,
): { ok: true; byId: Record<string, unknown> } | { ok: false; problem: BoardFileProblem } {
	const entries: [string, unknown][] = []
	if (Array.isArray(value)) {
		for (const [i, rec] of value.entries()) {
			const id = isObject(rec) && typeof rec.id === 'string' ? rec.id : null
			if (id === null) {
				return {
					ok: false,
					problem: { record: `#${i + 1}`, message: { zh: '记录缺少 id', en: 'The record has no id' } },
				}
			}
			entries.push([id, rec])
		}
	} else if (isObject(value)) {
		entries.push(...Object.entries(value))
	} else {
		return {
			ok: false,
			problem: { record: '', message: { zh: '文件没有 records 列表', en: 'The file has no records list' } },
		}
	}
	const out: Record<string, unknown> = {}
	for (const [id, rec] of entries) {
		if (Object.hasOwn(out, id)) {
			return { ok: false, problem: { record: id, message: { zh: '记录 id 重复', en: 'Duplicate record id' } } }
		}
		out[id] = rec
	}
	return { ok: true, byId: out }
}

/** Problems of records that point at records the file does not hold (a shape's parent, a binding's shapes). */
function referenceProblems(records: readonly TLRecord[]): BoardFileProblem[] {
	const ids = new Set(records.map((r) => r.id as string))
	const problems: BoardFileProblem[] = []
	for (const r of records) {
		if (r.typeName === 'shape' && !ids.has(r.parentId)) {
			problems.push({
				record: r.id,
				message: { zh: `父级 ${r.parentId} 不存在`, en: `Its parent ${r.parentId} is not in the file` },
			})
		}
		if (r.typeName === 'binding') {
			for (const end of [r.fromId, r.toId]) {
				if (!ids.has(end)) {
					problems.push({
						record: r.id,
						message: { zh: `绑定的图形 ${end} 不存在`, en: `The shape it binds, ${end}, is not in the file` },
					})
				}
			}
		}
	}
	return problems
}

/**
 * Reads a board file for import as a new board: Niudai's json export
 * (`{ niudai: 1, title, schema, records }`) or tldraw's `.tldr`
 * (`{ tldrawFileFormatVersion, schema, records }`), from its text or already parsed.
 * Keeps the document-scope records (document, page, shape, binding, asset), migrates
 * them from the file's schema to the board schema, validates each one and checks that
 * shapes' parents and bindings' shapes exist. Adds the document record and a first page
 * when the file has none. Never throws: what is wrong is reported by record id.
 */
export function parseBoardFile(input: string | unknown): ParsedBoardFile {
	let data: unknown = input
	if (typeof input === 'string') {
		try {
			data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)
		} catch (error) {
			const detail = error instanceof Error ? error.message : String(error)
			return fileProblem(`文件不是有效的 JSON：${detail}`, `The file is not valid JSON: ${detail}`)
		}
	}
	if (!isObject(data)) return fileProblem('文件内容不是对象', 'The file is not a JSON object')
	const format: BoardFileFormat | null =
		data.niudai === 1 ? 'niudai' : typeof data.tldrawFileFormatVersion === 'number' ? 'tldr' : null
	if (!format) {
		return fileProblem(
			'无法识别的文件：应为纽带 json 导出（niudai: 1）或 tldraw 的 .tldr 文件',
			'Unknown file: expected a Niudai json export (niudai: 1) or a tldraw .tldr file',
		)
	}
	if (!isObject(data.schema)) return fileProblem('文件缺少 schema', 'The file has no schema')
	const read = recordsOf(data.records)
	if (!read.ok) return { ok: false, problems: [read.problem] }
	const all = read.byId

	const schema = createBoardSchema()
	const problems: BoardFileProblem[] = []
	const store: Record<string, unknown> = {}
	for (const [id, rec] of Object.entries(all)) {
		if (!isObject(rec) || typeof rec.typeName !== 'string') {
			problems.push({ record: id, message: { zh: '记录缺少 typeName', en: 'The record has no typeName' } })
			continue
		}
		if (rec.id !== id) {
			problems.push({ record: id, message: { zh: '记录的 id 与键不一致', en: 'The record id differs from its key' } })
			continue
		}
		const type = Object.hasOwn(schema.types, rec.typeName)
			? schema.types[rec.typeName as keyof typeof schema.types]
			: undefined
		if (!type) {
			problems.push({
				record: id,
				message: { zh: `未知的记录类型 ${rec.typeName}`, en: `Unknown record type ${rec.typeName}` },
			})
			continue
		}
		if (type.scope === 'document') store[id] = rec
	}
	if (problems.length > 0) return { ok: false, problems }

	const snapshot = { store, schema: data.schema as unknown as SerializedSchema } as unknown as StoreSnapshot<TLRecord>
	let migrated: ReturnType<typeof schema.migrateStoreSnapshot>
	try {
		migrated = schema.migrateStoreSnapshot(snapshot)
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error)
		return fileProblem(`文件的 schema 无效：${detail}`, `The file's schema is not valid: ${detail}`)
	}
	if (migrated.type !== 'success') {
		return fileProblem(
			`无法把文件迁移到当前版本（${migrated.reason}），文件可能来自更新的版本`,
			`The file could not be migrated to the current schema (${migrated.reason}); it may come from a newer version`,
		)
	}
	const records = Object.values(migrated.value) as unknown[]
	if (!records.some((r) => isObject(r) && r.typeName === 'document')) {
		records.push(DocumentRecordType.create({ id: TLDOCUMENT_ID }))
	}
	if (!records.some((r) => isObject(r) && r.typeName === 'page')) {
		records.push(PageRecordType.create({ id: FIRST_PAGE_ID, name: DEFAULT_PAGE_NAME, index: 'a1' as IndexKey }))
	}
	const { valid, problems: invalid } = validateBoardRecords(records, schema)
	for (const p of invalid) problems.push({ record: p.id, message: { zh: `记录无效：${p.message}`, en: p.message } })
	problems.push(...referenceProblems(valid))
	if (problems.length > 0) return { ok: false, problems }
	const title = format === 'niudai' && typeof data.title === 'string' && data.title.trim() ? data.title.trim() : null
	return { ok: true, format, title, records: valid }
}
