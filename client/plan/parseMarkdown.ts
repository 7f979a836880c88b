/** A block of the small Markdown subset the plan export writes. */
export type MdBlock =
	| { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
	| { type: 'paragraph'; text: string }
	| { type: 'list'; items: string[] }
	| { type: 'table'; header: string[]; rows: string[][] }
	| { type: 'quote'; text: string }
	| { type: 'rule' }

/** Marks where bold text starts and ends in parsed text (unescaped `**`). */
export const BOLD_MARK = '\u0001'

/** Removes Markdown backslash escapes (`\|` → `|`); unescaped `**` become BOLD_MARK. */
export function unescapeMd(text: string): string {
	return text
		.replace(/\u0001/g, '')
		.replace(/(?<!\\)\*\*/g, BOLD_MARK)
		.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
}

/** Splits parsed text into plain and bold runs. */
export function inlineRuns(text: string): { text: string; bold: boolean }[] {
	return text
		.split(BOLD_MARK)
		.map((part, i) => ({ text: part, bold: i % 2 === 1 }))
		.filter((run) => run.text !== '')
}

/** Splits a table row on unescaped pipes. */
export function splitRow(line: string): string[] {
	const trimmed = line
		.trim()
		.replace(/^\|/, '')
		.replace(/(?<!\\)\|$/, '')
	const cells: string[] = []
	let current = ''
	for (let i = 0; i < trimmed.length; i++) {
		const ch = trimmed[i]
		if (ch === '\\' && i + 1 < trimmed.length) {
			current += ch + trimmed[i + 1]
			i++
		} else if (ch === '|') {
			cells.push(current)
			current = ''
		} else current += ch
	}
	cells.push(current)
	return cells.map((c) => unescapeMd(c.trim().replace(/<br\s*\/?>/gi, '\n')))
}

const isTableLine = (line: string) => /^\s*\|/.test(line)
const isSeparator = (line: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)

/**
 * Parses the Markdown subset of the plan export (headings, paragraphs, bullet lists,
 * tables, quotes, rules) into blocks. Text stays text: nothing is ever turned into HTML.
 */
export function parseMarkdown(md: string): MdBlock[] {
	const lines = md.replace(/\r\n?/g, '\n').split('\n')
	const blocks: MdBlock[] = []
	let i = 0
	while (i < lines.length) {
		const line = lines[i]
		if (line.trim() === '') {
			i++
			continue
		}
		const heading = /^(#{1,4})\s+(.*)$/.exec(line)
		if (heading) {
			blocks.push({ type: 'heading', level: heading[1].length as 1 | 2 | 3 | 4, text: unescapeMd(heading[2].trim()) })
			i++
			continue
		}
		if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) {
			blocks.push({ type: 'rule' })
			i++
			continue
		}
		if (isTableLine(line) && i + 1 < lines.length && isSeparator(lines[i + 1])) {
			const header = splitRow(line)
			const rows: string[][] = []
			i += 2
			while (i < lines.length && isTableLine(lines[i])) {
				rows.push(splitRow(lines[i]))
				i++
			}
			blocks.push({ type: 'table', header, rows })
			continue
		}
		if (/^\s*[-*]\s+/.test(line)) {
			const items: string[] = []
			while (i < lines.length && /^\s*[-*]\s+/.test(lines[i])) {
				items.push(unescapeMd(lines[i].replace(/^\s*[-*]\s+/, '')))
				i++
			}
			blocks.push({ type: 'list', items })
			continue
		}
		if (/^\s*>/.test(line)) {
			const parts: string[] = []
			while (i < lines.length && /^\s*>/.test(lines[i])) {
				parts.push(lines[i].replace(/^\s*>\s?/, ''))
				i++
			}
			blocks.push({ type: 'quote', text: unescapeMd(parts.join('\n')) })
			continue
		}
		const parts: string[] = []
		while (i < lines.length && lines[i].trim() !== '' && !/^(#{1,4})\s/.test(lines[i]) && !isTableLine(lines[i])) {
			parts.push(lines[i])
			i++
		}
		blocks.push({ type: 'paragraph', text: unescapeMd(parts.join('\n')) })
	}
	return blocks
}
