import { useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { defaultCardProps } from '../../shared/domain/cardDefaults'
import { CARD_FIELDS, CARD_KIND_LABELS, type FieldDescriptor } from '../../shared/domain/cardFields'
import type { CardKind } from '../../shared/domain/cardProps'
import type { TLCardShape } from '../../shared/domain/cardShapeTypes'
import { ShapeAttributionLine } from '../activity/ShapeAttributionLine'
import { CardIcon } from '../cards/CardIcon'
import { KIND_COLORS } from '../cards/cardStyle'
import { stageRole } from '../dispatch/dispatchStages'
import { ConnectToButton } from '../links/ConnectToButton'
import { ProjectActionsList } from '../minutes/ProjectActionsList'
import { actorNamesForRole } from './actorNamesForRole'
import { FieldInput } from './FieldInput'
import { NeedPriorityField } from './NeedPriorityField'
import { useBoardActors } from './useActorNames'

/** Fields that name who takes a dispatch stage: their suggestions list the actors with that role first. */
const ROLE_FIELDS: ReadonlySet<string> = new Set(['publisher', 'applicant', 'coordinator', 'executor'])

/**
 * The form of every field of one card; each edit updates the card for everyone at once.
 * With `onToggleWide`, a card with tables (a project) offers to widen the panel so its
 * tables show in columns.
 */
export function CardInspector({
	shape,
	wide = false,
	onToggleWide,
}: {
	shape: TLCardShape
	wide?: boolean
	onToggleWide?(): void
}) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const actors = useBoardActors()
	const actorNames = actorNamesForRole(actors, null)
	const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
	const kind = shape.type as CardKind
	const defaults = defaultCardProps(kind) as unknown as Record<string, unknown>
	const props = shape.props as unknown as Record<string, unknown>
	const fields = CARD_FIELDS[kind] as readonly FieldDescriptor[]
	const hasTables = fields.some((f) => f.columns !== undefined)
	const namesFor = (field: FieldDescriptor) =>
		ROLE_FIELDS.has(field.key) ? actorNamesForRole(actors, field.key) : actorNames
	const trailNames = (row: Record<string, unknown>, column: FieldDescriptor) =>
		column.key === 'by' ? actorNamesForRole(actors, stageRole(String(row.stage))) : actorNames

	const update = (key: string, value: unknown) => {
		editor.markHistoryStoppingPoint(`inspector:${shape.id}:${key}`)
		editor.updateShape({ id: shape.id, type: kind, props: { [key]: value } } as never)
	}

	return (
		<section
			className={`nd-inspector${wide ? ' nd-inspector--wide' : ''}`}
			data-testid="inspector"
			data-kind={kind}
			aria-label={t('inspector.title')}
		>
			<header className="nd-inspector__head" style={{ color: KIND_COLORS[kind].accent }}>
				<CardIcon kind={kind} size={18} />
				<span>{CARD_KIND_LABELS[kind][lang]}</span>
				{!readOnly && <ConnectToButton shape={shape} />}
				{hasTables && onToggleWide && (
					<button
						type="button"
						className="nd-link nd-inspector__widen"
						aria-pressed={wide}
						title={t('tableEditor.widenHint')}
						data-testid="inspector-widen"
						onClick={onToggleWide}
					>
						{wide ? `⇥ ${t('tableEditor.narrow')}` : `⇤ ${t('tableEditor.widen')}`}
					</button>
				)}
			</header>
			<ShapeAttributionLine shapeId={shape.id} version={shape} />
			<fieldset className="nd-fieldset" disabled={readOnly}>
				{kind === 'need' && <NeedPriorityField id={`nd-field-${shape.id}-priority`} needId={shape.id} />}
				{kind === 'project' && <ProjectActionsList projectId={shape.id} />}
				{fields.map((field) => {
					const id = `nd-field-${shape.id}-${field.key}`
					return (
						<div key={field.key} className="nd-field" data-field={field.key}>
							<label htmlFor={id} className="nd-field__label">
								{field[lang]}
								{field.private && (
									<span className="nd-private" title={t('inspector.privateHint')}>
										🔒 {t('inspector.private')}
									</span>
								)}
							</label>
							<FieldInput
								id={id}
								field={field}
								value={props[field.key]}
								nullable={defaults[field.key] === null}
								lang={lang}
								actorNames={namesFor(field)}
								actorNamesFor={field.key === 'dispatchTrail' ? trailNames : undefined}
								onChange={(v) => update(field.key, v)}
							/>
						</div>
					)
				})}
			</fieldset>
		</section>
	)
}
