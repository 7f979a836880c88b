import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID, type TLRecord } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'

/** The id of the page every new board starts with. */
export const FIRST_PAGE_ID = PageRecordType.createId('page')

/**
 * The records a new board starts with: the document record and one page. The server
 * writes them when the board is created, so two first visitors never race to create
 * the default page.
 */
export function createSeedRecords(pageName: string): TLRecord[] {
	return [
		DocumentRecordType.create({ id: TLDOCUMENT_ID }),
		PageRecordType.create({ id: FIRST_PAGE_ID, name: pageName, index: 'a1' as IndexKey }),
	]
}

/** The name of a new board's first page (Chinese first; users rename it in the page menu). */
export const DEFAULT_PAGE_NAME = '页面 1'
