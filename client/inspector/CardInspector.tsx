import { useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { defaultCardProps } from '../../shared/domain/cardDefaults'
import { CARD_FIELDS, CARD_KIND_LABELS, type FieldDescriptor } from '../../shared/domain/cardFields'
import type { CardKind } from '../../shared/domain/cardProps'
import type { TLCardShape } from '../../shared/domain/cardShapeTypes'
import { CardIcon } from '../cards/CardIcon'
import { KIND_COLORS } from '../cards/cardStyle'
import { FieldInput } from './FieldInput'
import { useActorNames } from './useActorNames'

/** The form of every field of one card; each edit updates the card for everyone at once. */
export function CardInspector({ shape }: { shape: TLCardShape }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const actorNames = useActorNames()
	const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
	const kind = shape.type as CardKind
	const defaults = defaultCardProps(kind) as unknown as Record<string, unknown>
	const props = shape.props as unknown as Record<string, unknown>
	const fields = CARD_FIELDS[kind] as readonly FieldDescriptor[]

	const update = (key: string, value: unknown) => {
		editor.markHistoryStoppingPoint(`inspector:${shape.id}:${key}`)
		editor.updateShape({ id: shape.id, type: kind, props: { [key]: value } } as never)
	}

	return (
		<section className="nd-inspector" data-testid="inspector" data-kind={kind} aria-label={t('inspector.title')}>
			<header className="nd-inspector__head" style={{ color: KIND_COLORS[kind].accent }}>
				<CardIcon kind={kind} size={18} />
				<span>{CARD_KIND_LABELS[kind][lang]}</span>
			</header>
			<fieldset className="nd-fieldset" disabled={readOnly}>
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
								actorNames={actorNames}
								onChange={(v) => update(field.key, v)}
							/>
						</div>
					)
				})}
			</fieldset>
		</section>
	)
}
