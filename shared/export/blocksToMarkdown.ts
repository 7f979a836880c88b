import { mdCell, mdInline, mdParagraph, mdText } from './markdownText'
import { labelSeparator, listMarker, type PlanBlock, type PlanDocument, type PlanRun } from './planBlocks'

function runs(list: readonly PlanRun[]): string {
	return list
		.map((r, i) => {
			const text = i === 0 ? mdInline(r.text) : mdText(r.text)
			if (text.trim() === '') return text
			if (r.bold && r.italic) return `***${text}***`
			if (r.bold) return `**${text}**`
			if (r.italic) return `*${text}*`
			return text
		})
		.join('')
}

function tableRow(cells: readonly string[]): string {
	return `| ${cells.map((c) => mdCell(c) || ' ').join(' | ')} |`
}

function block(b: PlanBlock, lang: PlanDocument['lang']): string | null {
	switch (b.type) {
		case 'title':
			return `# ${mdInline(b.text)}\n\n**${mdInline(b.subtitle)}**`
		case 'heading':
			return `${'#'.repeat(b.level + 1)} ${mdText(b.text)}`
		case 'paragraph':
			return b.runs.length ? runs(b.runs) : null
		case 'note':
			return `*${mdParagraph(b.text)}*`
		case 'list':
			return b.items
				.map((item, i) => (b.ordered ? `${listMarker(true, i)}${runs(item)}` : `- ${runs(item)}`))
				.join('\n')
		case 'keyValue':
			return b.rows.map((r) => `- **${mdText(r.label)}**${labelSeparator(lang)}${mdText(r.value)}`).join('\n')
		case 'table': {
			const header = b.columns.map((c) => c.header)
			const align = b.columns.map((c) => (c.kind === 'text' ? '---' : c.kind === 'date' ? ':---:' : '---:'))
			return [tableRow(header), `| ${align.join(' | ')} |`, ...b.rows.map(tableRow)].join('\n')
		}
		case 'image':
			return `*${mdInline(b.caption)}*`
		case 'pageBreak':
		case 'toc':
			return null
	}
}

/**
 * A plan document as GitHub-flavoured Markdown: the title as `#`, headings one level
 * down (`##` for 一、…), tables with number columns right-aligned, notes in italics.
 * Pictures are not embedded: their caption stands in their place. Board text is escaped
 * (Markdown specials, `|` in cells, `<` as `&lt;`), so it always reads as text.
 */
export function blocksToMarkdown(doc: PlanDocument): string {
	const out: string[] = []
	for (const part of doc.parts) {
		for (const b of part.blocks) {
			const text = block(b, doc.lang)
			if (text !== null) out.push(text)
		}
	}
	return `${out.join('\n\n')}\n`
}
