import { type PlanBlock, paragraph } from '../planBlocks'

/** Text typed on the board as paragraphs: one per non-empty line. */
export function textParagraphs(text: string): PlanBlock[] {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map(paragraph)
}
