import { type TLArrowShape, useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { LINK_FIELDS, LINK_TYPE_LABELS } from '../../shared/domain/cardFields'
import type { LinkMeta } from '../../shared/domain/cardProps'
import { validateLinkMeta } from '../../shared/domain/cardValidators'
import { ShapeAttributionLine } from '../activity/ShapeAttributionLine'
import { applyLinkMeta } from '../links/applyLinkMeta'
import { FieldInput } from './FieldInput'
import { editLink, linkFieldForEdit } from './linkFieldOptions'

/**
 * The form of a link (an arrow between two cards): mechanism and its strategy (only the
 * strategies of the chosen mechanism; a new mechanism clears one that does not fit),
 * quantity, unit, note.
 */
export function LinkInspector({ arrow }: { arrow: TLArrowShape }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
	const link = validateLinkMeta(arrow.meta.link)
	if (!link) return null
	const fields = LINK_FIELDS.filter((f) => !f.linkTypes || f.linkTypes.includes(link.type))

	const update = (key: keyof LinkMeta, value: unknown) => {
		const next = editLink(link, key, value)
		if (!next) return
		editor.markHistoryStoppingPoint(`link:${arrow.id}:${key}`)
		applyLinkMeta(editor, arrow, next, lang)
	}

	return (
		<section className="nd-inspector" data-testid="link-inspector" aria-label={t('inspector.link')}>
			<header className="nd-inspector__head">
				<span>
					{t('inspector.link')} · {LINK_TYPE_LABELS[link.type][lang]}
				</span>
			</header>
			<ShapeAttributionLine shapeId={arrow.id} version={arrow} />
			<fieldset className="nd-fieldset" disabled={readOnly}>
				{fields.map((field) => {
					const id = `nd-link-${arrow.id}-${field.key}`
					return (
						<div key={field.key} className="nd-field" data-field={field.key}>
							<label htmlFor={id} className="nd-field__label">
								{field[lang]}
							</label>
							<FieldInput
								id={id}
								field={linkFieldForEdit(field, link)}
								value={link[field.key]}
								nullable
								lang={lang}
								actorNames={[]}
								onChange={(v) => update(field.key, v)}
							/>
						</div>
					)
				})}
			</fieldset>
		</section>
	)
}
