import type { ReactNode } from 'react'
import { columnWidths } from '../../shared/export/columnWidths'
import {
	labelSeparator,
	listMarker,
	type PlanBlock,
	type PlanDocument,
	type PlanHeadingBlock,
	type PlanRun,
	type PlanTableBlock,
	rowSpans,
} from '../../shared/export/planBlocks'

/** Text with its bold and italic runs (text only, never HTML). */
function Runs({ runs }: { runs: readonly PlanRun[] }) {
	return (
		<>
			{runs.map((r, i) => {
				const key = `${i}-${r.text.length}`
				if (r.bold && r.italic)
					return (
						<strong key={key}>
							<em>{r.text}</em>
						</strong>
					)
				if (r.bold) return <strong key={key}>{r.text}</strong>
				if (r.italic) return <em key={key}>{r.text}</em>
				return <span key={key}>{r.text}</span>
			})}
		</>
	)
}

/** The print page's share of each column, from the same widths as the Word file's (A4 portrait text at 五号). */
function columnPercents(block: PlanTableBlock): string[] {
	const { widths } = columnWidths(block.columns, block.rows, {
		width: 8306,
		charWidth: block.dense ? 90 : 105,
		margins: 160,
	})
	const total = widths.reduce((a, b) => a + b, 0) || 1
	return widths.map((w) => `${((w / total) * 100).toFixed(1)}%`)
}

function DataTable({ block }: { block: PlanTableBlock }) {
	const last = block.rows.length - 1
	const spans = rowSpans(block)
	return (
		<table className={`nd-plan__table${block.dense ? ' nd-plan__table--dense' : ''}`}>
			<colgroup>
				{columnPercents(block).map((w, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
					<col key={i} style={{ width: w }} />
				))}
			</colgroup>
			<thead>
				<tr>
					{block.columns.map((c, i) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
						<th key={i} scope="col">
							{c.header}
						</th>
					))}
				</tr>
			</thead>
			<tbody>
				{block.rows.map((row, r) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
					<tr key={r} className={block.totalRow && r === last ? 'nd-plan__total' : undefined}>
						{block.columns.map((c, i) =>
							spans[r][i] === 0 ? null : (
								<td
									// biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
									key={i}
									className={`nd-plan__cell--${c.kind}`}
									rowSpan={spans[r][i] > 1 ? spans[r][i] : undefined}
								>
									{row[i] ?? ''}
								</td>
							),
						)}
					</tr>
				))}
			</tbody>
		</table>
	)
}

/** The id of the n-th heading, for the contents' links. */
const headingId = (n: number) => `plan-h${n}`

function Contents({
	title,
	headings,
}: {
	title: string
	headings: readonly { id: string; block: PlanHeadingBlock }[]
}) {
	return (
		<nav className="nd-plan__toc" data-plan-toc="">
			<h2>{title}</h2>
			<ol>
				{headings
					.filter((h) => h.block.level <= 2)
					.map((h) => (
						<li key={h.id} className={`nd-plan__toc-${h.block.level}`}>
							<a href={`#${h.id}`}>{h.block.text}</a>
						</li>
					))}
			</ol>
		</nav>
	)
}

/** Options of `PlanDocumentView`. */
export interface PlanDocumentViewProps {
	doc: PlanDocument
	/** A picture by reference (an <img>, a chart); null leaves the picture out (its caption too). */
	picture?: (ref: string, alt: string) => ReactNode | null
}

/**
 * A plan document (shared/export/planBlocks.ts) as the print page shows it: the cover,
 * the contents (linked), headings one level under the title (一、… as h2), tables with
 * figures right-aligned and never broken, notes, and pictures with their captions.
 */
export function PlanDocumentView({ doc, picture }: PlanDocumentViewProps) {
	const headings: { id: string; block: PlanHeadingBlock }[] = []
	for (const part of doc.parts) {
		for (const b of part.blocks) if (b.type === 'heading') headings.push({ id: headingId(headings.length), block: b })
	}
	let nextHeading = 0
	const render = (b: PlanBlock, key: string): ReactNode => {
		switch (b.type) {
			case 'title':
				return (
					<header key={key} className="nd-plan__title">
						<h1>{b.text}</h1>
						<p className="nd-plan__subtitle">{b.subtitle}</p>
					</header>
				)
			case 'heading': {
				const id = headingId(nextHeading++)
				const Tag = `h${b.level + 1}` as 'h2' | 'h3' | 'h4'
				return (
					<Tag key={key} id={id} className={b.pageBreakBefore ? 'nd-plan__break-before' : undefined}>
						{b.text}
					</Tag>
				)
			}
			case 'paragraph':
				return (
					<p key={key} className="nd-plan__p">
						<Runs runs={b.runs} />
					</p>
				)
			case 'note':
				return (
					<p key={key} className="nd-plan__note">
						{b.text}
					</p>
				)
			case 'list': {
				const Tag = b.ordered ? 'ol' : 'ul'
				return (
					<Tag key={key} className="nd-plan__list">
						{b.items.map((item, i) => (
							// biome-ignore lint/suspicious/noArrayIndexKey: list items are positional
							<li key={i}>
								{b.ordered && <span className="nd-plan__marker">{listMarker(true, i)}</span>}
								<Runs runs={item} />
							</li>
						))}
					</Tag>
				)
			}
			case 'keyValue':
				return (
					<dl key={key} className="nd-plan__form">
						{b.rows.map((r) => (
							<div key={r.label} className="nd-plan__form-row">
								<dt>
									{r.label}
									{labelSeparator(doc.lang)}
								</dt>
								<dd>{r.value}</dd>
							</div>
						))}
					</dl>
				)
			case 'table':
				return <DataTable key={key} block={b} />
			case 'image': {
				const content = picture?.(b.ref, b.alt) ?? null
				if (content === null) return null
				return (
					<figure key={key} className="nd-plan__figure" data-testid="plan-picture" data-ref={b.ref}>
						{content}
						<figcaption>{b.caption}</figcaption>
					</figure>
				)
			}
			case 'pageBreak':
				return <div key={key} className="nd-plan__page-break" />
			case 'toc':
				return <Contents key={key} title={b.title} headings={headings} />
		}
	}
	return (
		<>
			{doc.parts.map((part) => (
				<section key={part.kind} className={`nd-plan__part nd-plan__part--${part.kind}`}>
					{part.blocks.map((b, i) => render(b, `${part.kind}-${i}`))}
				</section>
			))}
		</>
	)
}
