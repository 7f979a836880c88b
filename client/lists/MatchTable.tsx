import { type TLArrowShape, useEditor, useValue } from '@tldraw/tldraw'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CARD_KIND_LABELS, LINK_FIELDS, LINK_TYPE_LABELS } from '../../shared/domain/cardFields'
import type { CardKind, LinkMeta } from '../../shared/domain/cardProps'
import { validateLinkMeta } from '../../shared/domain/cardValidators'
import { linkForArrow } from '../../shared/domain/deriveLink'
import { enumLabel, MECHANISMS, STRATEGIES } from '../../shared/domain/enums'
import { focusCard } from '../analytics/useLivePlan'
import { FieldInput } from '../inspector/FieldInput'
import { editLink, linkFieldForEdit } from '../inspector/linkFieldOptions'
import { applyLinkMeta } from '../links/applyLinkMeta'

/** The 匹配表: one row per link, with its two cards; mechanism, strategy, quantity, unit and note editable; the filter also finds mechanisms and strategies by name. */
export function MatchTable({ filter }: { filter: string }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
	const links = useValue('links', () => {
		const out: {
			arrow: TLArrowShape
			link: LinkMeta
			from: { id: string; kind: CardKind; title: string }
			to: { id: string; kind: CardKind; title: string }
		}[] = []
		for (const shape of editor.getCurrentPageShapes()) {
			if (shape.type !== 'arrow') continue
			const link = validateLinkMeta(shape.meta.link)
			if (!link) continue
			const derived = linkForArrow(
				shape.id,
				editor.getBindingsFromShape(shape, 'arrow'),
				(id) => editor.getShape(id as never)?.type,
			)
			if (!derived) continue
			const card = (id: string) => {
				const s = editor.getShape(id as never)
				return { id, kind: s?.type as CardKind, title: (s?.props as { title?: string } | undefined)?.title ?? '' }
			}
			out.push({ arrow: shape as TLArrowShape, link, from: card(derived.fromId), to: card(derived.toId) })
		}
		return out
	}, [editor])
	const rows = useMemo(() => {
		const needle = filter.trim().toLowerCase()
		if (!needle) return links
		const label = (l: (typeof links)[number]) =>
			[
				l.from.title,
				l.to.title,
				l.link.note,
				l.link.mechanism ? enumLabel(MECHANISMS, l.link.mechanism, lang) : '',
				l.link.strategy ? enumLabel(STRATEGIES, l.link.strategy, lang) : '',
			].join(' ')
		return links.filter((l) => label(l).toLowerCase().includes(needle))
	}, [links, filter, lang])

	if (links.length === 0) return <p className="nd-muted">{t('lists.noLinks')}</p>
	return (
		<fieldset className="nd-list-scroll nd-fieldset" disabled={readOnly}>
			<table className="nd-table nd-list-table" data-testid="list-matches">
				<caption className="nd-sr-only">
					{t('guidance.listCaptionLinks', { list: t('exports.lists.matches'), count: rows.length })}
				</caption>
				<thead>
					<tr>
						<th scope="col">{t('lists.from')}</th>
						<th scope="col">{t('lists.to')}</th>
						<th scope="col">{t('lists.type')}</th>
						{LINK_FIELDS.map((f) => (
							<th key={f.key} scope="col">
								{f[lang]}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map(({ arrow, link, from, to }) => (
						<tr key={arrow.id} data-link-id={arrow.id}>
							<td data-label={t('lists.from')}>
								<button type="button" className="nd-card-link" onClick={() => focusCard(editor, from.id)}>
									{CARD_KIND_LABELS[from.kind]?.[lang]} · {from.title || t('cards.untitled')}
								</button>
							</td>
							<td data-label={t('lists.to')}>
								<button type="button" className="nd-card-link" onClick={() => focusCard(editor, to.id)}>
									{CARD_KIND_LABELS[to.kind]?.[lang]} · {to.title || t('cards.untitled')}
								</button>
							</td>
							<td data-label={t('lists.type')}>{LINK_TYPE_LABELS[link.type][lang]}</td>
							{LINK_FIELDS.map((f) => (
								<td key={f.key} data-field={f.key} data-label={f[lang]}>
									{f.linkTypes && !f.linkTypes.includes(link.type) ? null : (
										<FieldInput
											id={`nd-match-${arrow.id}-${f.key}`}
											field={linkFieldForEdit(f, link, true)}
											value={link[f.key]}
											nullable
											lang={lang}
											actorNames={[]}
											label={`${f[lang]}：${from.title || t('cards.untitled')} → ${to.title || t('cards.untitled')}`}
											onChange={(value) => {
												const next = editLink(link, f.key, value)
												if (next) applyLinkMeta(editor, arrow, next, lang)
											}}
										/>
									)}
								</td>
							))}
						</tr>
					))}
				</tbody>
			</table>
		</fieldset>
	)
}
