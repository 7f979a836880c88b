/**
 * Markdown that shows card text as text: whatever people typed on the board never
 * becomes markup, links or HTML.
 */

/** Escapes inline Markdown and HTML in one line of text (`|` included, for table cells). */
function escapeInline(text: string): string {
	return text
		.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/[\\`*_[\]|~{}!]/g, (ch) => `\\${ch}`)
}

/** Escapes what would start a block (heading, quote, list, rule, fence) at the start of a line. */
function escapeLineStart(line: string): string {
	const m = /^(\s*)(#|=|-|\+|>|(\d+)([.)]))/.exec(line)
	if (!m) return line
	const [, indent, token, digits, punct] = m
	if (digits !== undefined) return `${indent}${digits}\\${punct}${line.slice(m[0].length)}`
	return `${indent}\\${token}${line.slice(m[0].length)}`
}

/** One line of card text for a paragraph or a list item; line breaks become spaces. */
export function mdInline(text: string): string {
	return escapeLineStart(escapeInline(text.replace(/\s*[\r\n]+\s*/g, ' ')))
}

/** Card text in the middle of a line (after a label): escaped, line breaks become spaces. */
export function mdText(text: string): string {
	return escapeInline(text.replace(/\s*[\r\n]+\s*/g, ' '))
}

/** Card text as a paragraph: each line escaped, lines joined with hard line breaks. */
export function mdParagraph(text: string): string {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => escapeLineStart(escapeInline(line)))
		.join('  \n')
}

/** Card text for a table cell: escaped, `|` included, line breaks as `<br>`. */
export function mdCell(text: string): string {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => escapeInline(line).trim())
		.join('<br>')
}

/**
 * A GitHub-flavoured Markdown table. `header` is trusted text (our own labels, still
 * escaped); every cell of `rows` is escaped with `mdCell`. Numbers are written as given.
 */
export function mdTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	const line = (cells: readonly (string | number)[]) =>
		`| ${cells.map((c) => (typeof c === 'number' ? String(c) : mdCell(c)) || ' ').join(' | ')} |`
	return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n')
}
