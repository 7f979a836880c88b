import { HTMLContainer, stopEventPropagation, type TLShapeId, useEditor, useIsEditing, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import type { CardKind, CardPropsByKind } from '../../shared/domain/cardProps'
import { CommentBadge } from '../comments/CommentBadge'
import { ProjectActionsChip } from '../minutes/ProjectActionsChip'
import { CardDotButton } from '../vote/CardDotButton'
import { needPrioritiesOf } from '../vote/needPriorityStore'
import { VoteBadge } from '../vote/VoteBadge'
import { voteBadgeCount } from '../vote/voteStore'
import { CardIcon } from './CardIcon'
import { KIND_COLORS } from './cardStyle'
import { cardSummary } from './cardSummary'

interface Props<K extends CardKind> {
	id: TLShapeId
	kind: K
	props: CardPropsByKind[K]
}

/**
 * How a card looks on the canvas: its kind (icon and word), the title (editable in
 * place after a double click), and the two or three facts that matter most.
 */
export function CardView<K extends CardKind>({ id, kind, props }: Props<K>) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const isEditing = useIsEditing(id)
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const colors = KIND_COLORS[kind]
	const summary = cardSummary(kind, props, lang, (key, values) => String(t(key, values ?? {})))
	// A need in the current (or last) dot vote shows its dots; its stored votes line would contradict them.
	const voteCount = useValue('vote badge', () => (kind === 'need' ? voteBadgeCount(id) : null), [id, kind])
	const votesLine = kind === 'need' ? t('cards.votes', { count: (props as CardPropsByKind['need']).votes }) : null
	const lines = voteCount === null ? summary.lines : summary.lines.filter((line) => line !== votesLine)
	// A need ranked by a vote shows its 优先级 (its rank by 票数) as a chip.
	const priority = useValue(
		'need priority',
		() => (kind === 'need' ? (needPrioritiesOf(editor).get(id) ?? null) : null),
		[editor, id, kind],
	)

	return (
		<HTMLContainer
			className={`nd-card nd-card--${kind}`}
			style={{
				width: props.w,
				height: props.h,
				borderColor: colors.accent,
				background: colors.tint,
				pointerEvents: isEditing ? 'all' : undefined,
			}}
			data-card-kind={kind}
		>
			<div className="nd-card__head" style={{ color: colors.accent }}>
				<CardIcon kind={kind} />
				<span className="nd-card__kind">{t(`cards.kind.${kind as CardKind}`)}</span>
				<span className="nd-card__chips">
					{priority !== null && (
						<span className="nd-chip nd-chip--priority" data-testid="need-priority-chip" data-rank={priority}>
							{t('vote.priorityChip', { rank: priority })}
						</span>
					)}
					{kind === 'project' && <ProjectActionsChip projectId={id} />}
					{summary.chips.map((chip) => (
						<span
							key={chip.text}
							className="nd-chip"
							style={chip.color ? { background: chip.color, color: '#fff', borderColor: chip.color } : undefined}
						>
							{chip.text}
						</span>
					))}
				</span>
			</div>
			{isEditing ? (
				<textarea
					className="nd-card__title nd-card__title-input"
					// biome-ignore lint/a11y/noAutofocus: editing starts on double click, the input must take focus
					autoFocus
					defaultValue={props.title}
					placeholder={t('cards.titlePlaceholder')}
					onPointerDown={stopEventPropagation}
					onKeyDown={(e) => {
						if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
							e.preventDefault()
							editor.setEditingShape(null)
						}
						e.stopPropagation()
					}}
					onChange={(e) => {
						editor.updateShape({ id, type: kind, props: { title: e.target.value } } as never)
					}}
				/>
			) : (
				<div className={`nd-card__title${props.title ? '' : ' nd-card__title--empty'}`}>
					{props.title || t('cards.untitled')}
				</div>
			)}
			<div className="nd-card__lines">
				{lines.map((line) => (
					<div key={line} className="nd-card__line">
						{line}
					</div>
				))}
			</div>
			{/* The vote's +● and "● N 票", and the open comments' count, in the card's own bottom row: under the title, never over it. */}
			<div className="nd-card__foot">
				{kind === 'need' && <CardDotButton needId={id} title={props.title} />}
				{voteCount !== null && <VoteBadge count={voteCount} />}
				<CommentBadge shapeId={id} />
			</div>
		</HTMLContainer>
	)
}
