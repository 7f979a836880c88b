import { type TLShape, useEditor, useValue } from '@tldraw/tldraw'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultCardProps } from '../../shared/domain/cardDefaults'
import type { CardKind } from '../../shared/domain/cardProps'
import { focusCard } from '../analytics/useLivePlan'
import { FieldInput } from '../inspector/FieldInput'
import { useActorNames } from '../inspector/useActorNames'
import { needPrioritiesOf } from '../vote/needPriorityStore'
import { cardColumns, cellText, compareCells, isTableField, type ListTab } from './listColumns'
import { TableCell } from './TableCell'

/** The list tab of each card kind, for the table's caption. */
const LIST_TAB_OF: Record<CardKind, ListTab> = {
	need: 'needs',
	resource: 'resources',
	project: 'projects',
	actor: 'actors',
}

/** A body cell: the card's title is its row's header (th scope=row), the rest data cells. */
function CellTag({
	as: Tag,
	...rest
}: { as: 'th' | 'td'; scope?: 'row' } & React.TdHTMLAttributes<HTMLTableCellElement> & {
		'data-field'?: string
		'data-label'?: string
	}) {
	return <Tag {...rest} />
}

/** The sort key of the 优先级 column (not a card field). */
const PRIORITY_KEY = '__priority'

interface Sort {
	key: string
	dir: 1 | -1
}

/**
 * One list as a table: a row per card of `kind`, a column per field. Click a header
 * to sort, type in the filter to narrow, edit a cell to edit the card — live for everyone.
 */
export function CardListTable({ kind, filter }: { kind: CardKind; filter: string }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
	const actorNames = useActorNames()
	const [sort, setSort] = useState<Sort | null>(null)
	const columns = cardColumns(kind)
	const defaults = defaultCardProps(kind) as unknown as Record<string, unknown>
	const cards = useValue('list cards', () => editor.getCurrentPageShapes().filter((s) => s.type === kind), [
		editor,
		kind,
	])
	// The 需求清单 shows each need's 优先级 (its rank by 票数), read-only, sortable.
	const priorities = useValue('need priorities', () => (kind === 'need' ? needPrioritiesOf(editor) : null), [
		editor,
		kind,
	])

	const rows = useMemo(() => {
		const needle = filter.trim().toLowerCase()
		const propsOf = (s: TLShape) => s.props as unknown as Record<string, unknown>
		let out = cards
		if (needle) {
			out = out.filter((s) => columns.some((c) => cellText(c, propsOf(s)[c.key], lang).toLowerCase().includes(needle)))
		}
		if (sort?.key === PRIORITY_KEY && priorities) {
			const rank = (s: TLShape) => priorities.get(s.id) ?? Number.POSITIVE_INFINITY
			out = [...out].sort((a, b) => sort.dir * (rank(a) - rank(b)))
		} else if (sort) {
			const field = columns.find((c) => c.key === sort.key)
			if (field) {
				out = [...out].sort(
					(a, b) => sort.dir * compareCells(field, propsOf(a)[field.key], propsOf(b)[field.key], lang),
				)
			}
		}
		return out
	}, [cards, filter, sort, columns, lang, priorities])

	const sortButton = (key: string, label: string) => (
		<button
			type="button"
			className="nd-sort"
			onClick={() => setSort(sort?.key === key ? (sort.dir === 1 ? { key, dir: -1 } : null) : { key, dir: 1 })}
		>
			{label}
			{sort?.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
		</button>
	)

	if (cards.length === 0) return <p className="nd-muted">{t('lists.empty')}</p>
	return (
		<fieldset className="nd-list-scroll nd-fieldset" disabled={readOnly}>
			<table className="nd-table nd-list-table" data-testid={`list-${kind}`}>
				<caption className="nd-sr-only">
					{t('guidance.listCaption', { list: t(`exports.lists.${LIST_TAB_OF[kind]}`), count: rows.length })}
				</caption>
				<thead>
					<tr>
						<th scope="col" aria-label={t('lists.goTo')} />
						{priorities && (
							<th
								scope="col"
								title={t('vote.priorityHint')}
								aria-sort={sort?.key === PRIORITY_KEY ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
							>
								{sortButton(PRIORITY_KEY, t('vote.priority'))}
							</th>
						)}
						{columns.map((c) => (
							<th
								key={c.key}
								scope="col"
								aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
							>
								<button
									type="button"
									className="nd-sort"
									onClick={() =>
										setSort(
											sort?.key === c.key ? (sort.dir === 1 ? { key: c.key, dir: -1 } : null) : { key: c.key, dir: 1 },
										)
									}
								>
									{c[lang]}
									{c.private && ' 🔒'}
									{sort?.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
								</button>
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map((shape) => {
						const props = shape.props as unknown as Record<string, unknown>
						const title = (typeof props.title === 'string' && props.title) || t('cards.untitled')
						return (
							<tr key={shape.id} data-card-id={shape.id}>
								<td>
									<button
										type="button"
										className="nd-link"
										title={t('lists.goTo')}
										aria-label={`${t('lists.goTo')}：${title}`}
										onClick={() => focusCard(editor, shape.id)}
									>
										◎
									</button>
								</td>
								{priorities && (
									<td data-field="priority" data-label={t('vote.priority')} data-testid="list-priority">
										{priorities.get(shape.id) ?? '—'}
									</td>
								)}
								{columns.map((c) => (
									<CellTag
										key={c.key}
										scope={c.key === 'title' ? 'row' : undefined}
										as={c.key === 'title' ? 'th' : 'td'}
										data-field={c.key}
										data-label={c[lang]}
										className={isTableField(c) ? 'nd-list-table__table-cell' : undefined}
									>
										{isTableField(c) ? (
											<TableCell
												id={`nd-cell-${shape.id}-${c.key}`}
												field={c}
												value={props[c.key]}
												lang={lang}
												actorNames={actorNames}
												cardTitle={typeof props.title === 'string' ? props.title : ''}
												readOnly={readOnly}
												onChange={(value) => {
													editor.markHistoryStoppingPoint(`list:${shape.id}:${c.key}`)
													editor.updateShape({ id: shape.id, type: kind, props: { [c.key]: value } } as never)
												}}
											/>
										) : (
											<FieldInput
												id={`nd-cell-${shape.id}-${c.key}`}
												field={c.input === 'longtext' ? { ...c, input: 'text' } : c}
												value={props[c.key]}
												nullable={defaults[c.key] === null}
												lang={lang}
												actorNames={actorNames}
												label={`${c[lang]}：${title}`}
												onChange={(value) =>
													editor.updateShape({ id: shape.id, type: kind, props: { [c.key]: value } } as never)
												}
											/>
										)}
									</CellTag>
								))}
							</tr>
						)
					})}
				</tbody>
			</table>
		</fieldset>
	)
}
