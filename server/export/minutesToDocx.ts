import type { PlanDocument } from '../../shared/export/planBlocks'
import { documentToDocx } from './planToDocx'

/**
 * The 会议纪要 as a Word file: `minutesDocument` (the same document as the Markdown) on
 * A4 portrait with "第 X 页" in the footer, laid out by the plan's renderer.
 */
export function minutesToDocx(doc: PlanDocument): Promise<Uint8Array> {
	return documentToDocx(doc, {
		description: doc.lang === 'zh' ? '由纽带白板自动生成的会议纪要' : 'Meeting minutes generated from a Niudai board',
	})
}
