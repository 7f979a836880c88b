import { createBoardSchema } from '../../shared/boardSchema'
import type { ListName } from '../../shared/export/listColumns'
import { ImportLimitError, limitProblem } from '../../shared/import/importLimits'
import type { BoardFileProblem, ImportProblem, ParsedImport } from '../../shared/import/importTypes'
import { listForSheetName } from '../../shared/import/listForSheetName'
import { parseBoardFile } from '../../shared/import/parseBoardFile'
import { parseCsvList, parseImportSheets } from '../../shared/import/parseImportSheets'
import { clipErrorText, firstErrors } from '../rest/firstErrors'
import { createBoardDocFromRecords } from './createBoardDocFromRecords'
import { readWorkbookSheets, WorkbookReadError } from './readWorkbookSheets'

/** A file to read for an import: the work `importInWorker` does off the event loop. */
export type ImportJob =
	/** An xlsx workbook of lists. */
	| { kind: 'xlsx'; data: Uint8Array }
	/** One csv list (UTF-8 or GB18030). */
	| { kind: 'csv'; list: ListName; data: Uint8Array }
	/** A Niudai json export or a tldraw .tldr file: a new board. */
	| { kind: 'board'; data: Uint8Array }

/** The documents of a new board, as `createBoardDocFromRecords` encodes them. */
export type ImportedBoardDocs = ReturnType<typeof createBoardDocFromRecords>

/** What reading an `ImportJob` gave. */
export type ImportOutcome =
	| { ok: true; kind: 'list'; parsed: ParsedImport }
	| { ok: true; kind: 'board'; title: string | null; docs: ImportedBoardDocs }
	| {
			ok: false
			/** `import_invalid`: the file is wrong; `import_too_large`: it passes one of IMPORT_LIMITS (named in the problem). */
			code: 'import_invalid' | 'import_too_large'
			/** The first MAX_LISTED_ERRORS problems, texts clipped. */
			problems: (ImportProblem | BoardFileProblem)[]
			problemCount: number
	  }

/** A problem list, cut to what an error answer carries. */
export function refusal(
	problems: readonly (ImportProblem | BoardFileProblem)[],
	code: 'import_invalid' | 'import_too_large' = 'import_invalid',
): Extract<ImportOutcome, { ok: false }> {
	const { list, count } = firstErrors(problems, clipProblem)
	return { ok: false, code, problems: list, problemCount: count }
}

function clipProblem<T extends ImportProblem | BoardFileProblem>(p: T): T {
	const message = { zh: clipErrorText(p.message.zh), en: clipErrorText(p.message.en) }
	if ('record' in p) return { ...p, record: clipErrorText(p.record), message }
	return { ...p, sheet: clipErrorText(p.sheet), column: clipErrorText(p.column), message }
}

function fileProblem(zh: string, en: string): ImportProblem {
	return { sheet: '', row: 0, column: '', message: { zh, en } }
}

/** Text of an uploaded csv / json file: UTF-8 (BOM dropped), or GB18030 as Excel in China saves csv; null when neither. */
export function decodeText(data: Uint8Array): string | null {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(data)
		return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
	} catch {
		try {
			return new TextDecoder('gb18030', { fatal: true }).decode(data)
		} catch {
			return null
		}
	}
}

function listOutcome(parsed: ParsedImport): ImportOutcome {
	if (parsed.problems.length === 0) return { ok: true, kind: 'list', parsed }
	// A file past a limit is one problem, and reading stopped there.
	return refusal(parsed.problems, parsed.problems.some((p) => p.limit) ? 'import_too_large' : 'import_invalid')
}

/**
 * Reads an import file: an xlsx workbook or a csv list into cards and links, a board
 * file into a new board's documents. Never throws for what is in the file: a damaged
 * file, one past `IMPORT_LIMITS` or one with problems is a refusal whose problems say
 * where and what. Run by the import worker thread (importWorker.ts), or in-process when
 * no worker can start.
 */
export async function runImportJob(job: ImportJob): Promise<ImportOutcome> {
	if (job.kind === 'xlsx') {
		try {
			const sheets = await readWorkbookSheets(job.data, { sheets: (name) => listForSheetName(name) !== null })
			// A workbook with no list sheet is one problem (parseImportSheets says which names it needs).
			return listOutcome(parseImportSheets(sheets))
		} catch (error) {
			if (error instanceof ImportLimitError) return refusal([limitProblem(error)], 'import_too_large')
			if (!(error instanceof WorkbookReadError)) throw error
			return refusal([
				fileProblem(
					'文件不是有效的 Excel 工作簿（.xlsx）',
					`The file is not a valid Excel workbook (.xlsx): ${error.message}`,
				),
			])
		}
	}
	const text = decodeText(job.data)
	if (job.kind === 'csv') {
		if (text === null) {
			return refusal([
				fileProblem('无法识别文件编码，请保存为 UTF-8 CSV', 'Unknown text encoding; save the file as UTF-8 CSV'),
			])
		}
		return listOutcome(parseCsvList(job.list, text))
	}
	if (text === null) {
		return refusal([{ record: '', message: { zh: '文件不是 UTF-8 文本', en: 'The file is not UTF-8 text' } }])
	}
	const parsed = parseBoardFile(text)
	if (!parsed.ok) return refusal(parsed.problems)
	return {
		ok: true,
		kind: 'board',
		title: parsed.title,
		docs: createBoardDocFromRecords(parsed.records, createBoardSchema()),
	}
}
