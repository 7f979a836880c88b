import { inlineRuns, type MdBlock } from './parseMarkdown'

/** Text with its bold runs. */
function Inline({ text }: { text: string }) {
	return (
		<>
			{inlineRuns(text).map((run, i) =>
				// biome-ignore lint/suspicious/noArrayIndexKey: runs are positional
				run.bold ? <strong key={i}>{run.text}</strong> : <span key={i}>{run.text}</span>,
			)}
		</>
	)
}

/** Renders parsed Markdown blocks as React elements (text only, never HTML). */
export function MarkdownView({ blocks }: { blocks: readonly MdBlock[] }) {
	return (
		<>
			{blocks.map((block, i) => {
				const key = `${block.type}-${i}`
				switch (block.type) {
					case 'heading': {
						const Tag = `h${block.level}` as 'h1' | 'h2' | 'h3' | 'h4'
						return (
							<Tag key={key}>
								<Inline text={block.text} />
							</Tag>
						)
					}
					case 'paragraph':
						return (
							<p key={key} className="nd-plan__p">
								<Inline text={block.text} />
							</p>
						)
					case 'quote':
						return (
							<p key={key} className="nd-plan__empty">
								<Inline text={block.text} />
							</p>
						)
					case 'rule':
						return <hr key={key} />
					case 'list':
						return (
							<ul key={key}>
								{block.items.map((item, j) => (
									// biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity
									<li key={j}>
										<Inline text={item} />
									</li>
								))}
							</ul>
						)
					case 'table':
						return (
							<table key={key} className="nd-plan__table">
								<thead>
									<tr>
										{block.header.map((h, j) => (
											// biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
											<th key={j} scope="col">
												<Inline text={h} />
											</th>
										))}
									</tr>
								</thead>
								<tbody>
									{block.rows.map((row, r) => (
										// biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
										<tr key={r}>
											{row.map((cell, c) => (
												// biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
												<td key={c}>
													<Inline text={cell} />
												</td>
											))}
										</tr>
									))}
								</tbody>
							</table>
						)
					default:
						return null
				}
			})}
		</>
	)
}
