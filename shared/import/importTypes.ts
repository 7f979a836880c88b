import type { CardKind } from '../domain/cardProps'
import type { ImportLimitKind } from './importLimits'

/** A user-facing text in both UI languages. */
export interface ImportText {
	readonly zh: string
	readonly en: string
}

/**
 * One problem of an imported list, where a spreadsheet user finds it: the sheet, the
 * row as Excel numbers it (1 is the header row; 0 when the problem is the sheet or
 * file itself) and the column's header ('' when the problem is not one cell's).
 */
export interface ImportProblem {
	readonly sheet: string
	readonly row: number
	readonly column: string
	readonly message: ImportText
	/** Set when the file passes one of IMPORT_LIMITS: which one (reading stopped there). */
	readonly limit?: ImportLimitKind
}

/** One problem of an imported board file (json / tldr), by record id ('' for the file itself). */
export interface BoardFileProblem {
	readonly record: string
	readonly message: ImportText
}

/** The lists a workbook or a csv file can hold. */
export const IMPORT_LISTS = ['needs', 'resources', 'projects', 'matches', 'actors'] as const

/** One of the lists of `IMPORT_LISTS`. */
export type ImportList = (typeof IMPORT_LISTS)[number]

/** True when `value` names a list of `IMPORT_LISTS`. */
export function isImportList(value: unknown): value is ImportList {
	return typeof value === 'string' && (IMPORT_LISTS as readonly string[]).includes(value)
}

/** A card read from a list row, before it is placed on the board. */
export interface ImportedCard<K extends CardKind = CardKind> {
	readonly kind: K
	/** Where it came from, for problems found later (e.g. when records are validated). */
	readonly sheet: string
	readonly row: number
	/** The props read from the row; the rest come from the card defaults. */
	readonly props: Record<string, unknown>
	/** The header each prop was read from, for problems found later. */
	readonly columns: Readonly<Record<string, string>>
}

/** A link read from a 匹配表 row, by the titles of the two cards. */
export interface ImportedLink {
	readonly sheet: string
	readonly row: number
	readonly fromKind: CardKind
	readonly from: string
	/** The header of the column `from` was read from, for problems. */
	readonly fromColumn: string
	readonly toKind: CardKind
	readonly to: string
	readonly toColumn: string
	readonly mechanism: string
	/** A STRATEGIES value of the allocation, or ''. */
	readonly strategy: string
	readonly quantity: number | null
	readonly unit: string
	readonly note: string
}

/** What the rows of a workbook or csv file say, and what is wrong with them. */
export interface ParsedImport {
	readonly cards: ImportedCard[]
	readonly links: ImportedLink[]
	readonly problems: ImportProblem[]
}

/** How many of each thing an import added. */
export interface ImportCounts {
	needs: number
	resources: number
	projects: number
	actors: number
	links: number
}

/** `POST /api/boards/:id/import` response. */
export interface ImportResult {
	added: ImportCounts
}

/** The error body of a refused import (nothing was written). */
export interface ImportErrorBody {
	error: {
		/** `import_invalid`, or `import_too_large` when the file passes one of IMPORT_LIMITS. */
		code: string
		/** A readable English summary: the count and the first problems. */
		message: string
		/** The first 100 problems. List imports: by sheet, row and column. Board files: by record id. */
		problems: (ImportProblem | BoardFileProblem)[]
		/** How many problems there are in all. */
		problemCount: number
	}
}
