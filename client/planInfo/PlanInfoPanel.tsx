import { useEditor, useValue } from '@tldraw/tldraw'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '../../shared/auth/permissions'
import { emptyPlanInfo, PLAN_INFO_FIELDS, PLAN_INFO_PRIVATE_FIELDS, type PlanInfo } from '../../shared/plan/planInfo'
import { useBoardContext } from '../board/BoardContext'
import { FieldInput } from '../inspector/FieldInput'
import { usePlanInfo, writePlanInfoField } from './usePlanInfo'
import { usePlanInfoPrivate } from './usePlanInfoPrivate'

const NULLABLE = emptyPlanInfo() as unknown as Record<string, unknown>

/**
 * The 计划书信息 panel: the board-level facts of the 项目计划书 (name, applicant, period,
 * amount, community …), edited live by editors and read by viewers. The 电话 comes from
 * the private document, for editors and facilitators only: a viewer's page has no field
 * for it (and never receives it).
 */
export function PlanInfoPanel({ title, onClose }: { title: string; onClose(): void }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const { role, privateDoc } = useBoardContext()
	const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
	const info = usePlanInfo()
	const privateInfo = usePlanInfoPrivate(can(role, 'readPrivateFields') ? privateDoc : null)
	const values = info as unknown as Record<string, unknown>

	return (
		<aside className="nd-panel nd-plan-info" data-testid="plan-info-panel" aria-labelledby="nd-plan-info-title">
			<header className="nd-panel__head">
				<h2 id="nd-plan-info-title">{t('planInfo.title')}</h2>
				<button type="button" className="nd-link" onClick={onClose} aria-label={t('planInfo.close')}>
					✕
				</button>
			</header>
			<p className="nd-muted nd-plan-info__hint">{readOnly ? t('planInfo.readOnly') : t('planInfo.hint')}</p>
			<fieldset className="nd-fieldset" disabled={readOnly} data-testid="plan-info-form">
				{PLAN_INFO_FIELDS.map((field) => {
					const id = `nd-plan-info-${field.key}`
					return (
						<Fragment key={field.key}>
							<div className="nd-field" data-field={field.key}>
								<label htmlFor={id} className="nd-field__label">
									{field[lang]}
								</label>
								<FieldInput
									id={id}
									field={field}
									value={values[field.key]}
									nullable={NULLABLE[field.key] === null}
									lang={lang}
									actorNames={[]}
									placeholder={
										field.key === 'projectName' ? t('planInfo.projectNamePlaceholder', { title }) : undefined
									}
									onChange={(v) => writePlanInfoField(editor, field.key as keyof PlanInfo, v as string | number | null)}
								/>
							</div>
							{field.key === 'contactPerson' &&
								can(role, 'readPrivateFields') &&
								PLAN_INFO_PRIVATE_FIELDS.map((priv) => (
									<div key={priv.key} className="nd-field" data-field={priv.key}>
										<label htmlFor={`nd-plan-info-${priv.key}`} className="nd-field__label">
											{priv[lang]}
											<span className="nd-private" title={t('planInfo.privateHint')}>
												🔒 {t('inspector.private')}
											</span>
										</label>
										<input
											id={`nd-plan-info-${priv.key}`}
											className="nd-field__input"
											type="tel"
											inputMode="tel"
											autoComplete="off"
											disabled={privateInfo.value === null}
											placeholder={privateInfo.value === null ? t('planInfo.privateUnavailable') : undefined}
											value={privateInfo.value?.[priv.key] ?? ''}
											onChange={(e) => privateInfo.write(priv.key, e.target.value)}
										/>
									</div>
								))}
						</Fragment>
					)
				})}
			</fieldset>
		</aside>
	)
}
