import { type TLShapeId, useEditor, useValue } from '@tldraw/tldraw'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LINK_TYPE_LABELS } from '../../shared/domain/cardFields'
import type { CardKind } from '../../shared/domain/cardProps'
import type { TLCardShape } from '../../shared/domain/cardShapeTypes'
import { CardIcon } from '../cards/CardIcon'
import { connectCards, linkedPairs, pageCards } from './connectCards'
import { linkCandidates } from './linkCandidates'
import './connectTo.css'

/**
 * 连接到…: links the selected card to another without dragging an arrow (WCAG 2.5.7, and
 * from the keyboard, 2.1.1). The dialog lists only the cards this one can form a link
 * with — the rule a drawn arrow follows — searchable by title; choosing one makes the
 * same arrow a drag makes, selects it (its link form opens) and takes the focus there.
 */
export function ConnectToButton({ shape }: { shape: TLCardShape }) {
	const { t } = useTranslation()
	const [open, setOpen] = useState(false)
	const button = useRef<HTMLButtonElement>(null)
	return (
		<>
			<button
				ref={button}
				type="button"
				className="nd-link nd-connect__open"
				data-testid="connect-to"
				aria-haspopup="dialog"
				onClick={() => setOpen(true)}
			>
				↗ {t('guidance.connect.button')}
			</button>
			{open && (
				<ConnectToDialog
					shape={shape}
					onClose={() => {
						setOpen(false)
						button.current?.focus()
					}}
				/>
			)}
		</>
	)
}

function ConnectToDialog({ shape, onClose }: { shape: TLCardShape; onClose(): void }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const [query, setQuery] = useState('')
	const titleId = useId()
	const search = useRef<HTMLInputElement>(null)
	const cards = useValue('cards to link', () => pageCards(editor), [editor])
	const pairs = useValue('linked pairs', () => linkedPairs(editor), [editor])
	const selfTitle = String((shape.props as { title?: unknown }).title ?? '') || t('cards.untitled')
	const self = useMemo(() => ({ id: shape.id, kind: shape.type, title: selfTitle }), [shape.id, shape.type, selfTitle])
	const all = useMemo(() => linkCandidates(self, cards, pairs), [self, cards, pairs])
	const shown = useMemo(() => linkCandidates(self, cards, pairs, query), [self, cards, pairs, query])
	const titleOf = (id: TLShapeId) =>
		id === self.id ? self.title : cards.find((c) => c.id === id)?.title || t('cards.untitled')

	useEffect(() => search.current?.focus(), [])

	const choose = (fromId: TLShapeId, toId: TLShapeId) => {
		const arrowId = connectCards(editor, fromId, toId)
		onClose()
		if (!arrowId) return
		editor.select(arrowId)
		// The link form (mechanism, quantity …) opens for the new arrow: go on there from the keyboard.
		const win = editor.getContainer().ownerDocument.defaultView
		win?.requestAnimationFrame(() =>
			win.requestAnimationFrame(() =>
				editor
					.getContainer()
					.ownerDocument.querySelector<HTMLElement>(
						'[data-testid="link-inspector"] select, [data-testid="link-inspector"] input',
					)
					?.focus(),
			),
		)
	}

	return (
		<div
			className="nd-connect"
			role="dialog"
			aria-modal="true"
			aria-labelledby={titleId}
			data-testid="connect-dialog"
			onKeyDown={(e) => {
				e.stopPropagation()
				if (e.key === 'Escape') onClose()
			}}
		>
			<h2 id={titleId} className="nd-connect__title">
				{t('guidance.connect.title', { card: self.title })}
			</h2>
			<p className="nd-connect__hint">{t('guidance.connect.hint')}</p>
			<input
				ref={search}
				type="search"
				className="nd-input nd-connect__search"
				aria-label={t('guidance.connect.search')}
				placeholder={t('guidance.connect.search')}
				value={query}
				data-testid="connect-search"
				onChange={(e) => setQuery(e.target.value)}
			/>
			{shown.length === 0 ? (
				<p className="nd-connect__empty" role="status">
					{all.length === 0 ? t('guidance.connect.none') : t('guidance.connect.noMatch')}
				</p>
			) : (
				<ul className="nd-connect__list" aria-label={t('guidance.connect.title', { card: self.title })}>
					{shown.map((c) => (
						<li key={c.card.id}>
							<button
								type="button"
								className="nd-connect__option"
								data-testid="connect-option"
								data-card={c.card.id}
								onClick={() => choose(c.fromId, c.toId)}
							>
								<CardIcon kind={c.card.kind as CardKind} size={16} />
								<span className="nd-connect__name">{c.card.title || t('cards.untitled')}</span>
								<span className="nd-connect__what">
									{t('guidance.connect.outgoing', {
										from: titleOf(c.fromId),
										to: titleOf(c.toId),
										type: LINK_TYPE_LABELS[c.type][lang],
									})}
									{c.linked && ` · ${t('guidance.connect.already')}`}
								</span>
							</button>
						</li>
					))}
				</ul>
			)}
			<div className="nd-connect__actions">
				<button type="button" className="nd-button" onClick={onClose}>
					{t('guidance.connect.cancel')}
				</button>
			</div>
		</div>
	)
}
