import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateSummary } from '../../shared/apiTypes'
import { api } from '../api/apiClient'

/** The template choice for a new board: a row of cards, blank first, the example board last. */
export function TemplatePicker({ value, onChange }: { value: string; onChange(id: string): void }) {
	const { t, i18n } = useTranslation()
	const [templates, setTemplates] = useState<TemplateSummary[] | null>(null)
	const lang = i18n.language === 'en' ? 'en' : 'zh'

	useEffect(() => {
		api.listTemplates().then(
			(r) => setTemplates(r.templates),
			() => setTemplates([]),
		)
	}, [])

	if (!templates || templates.length === 0) return null
	return (
		<fieldset className="nd-templates" data-testid="template-picker">
			<legend>{t('home.template')}</legend>
			{templates.map((tpl) => (
				<label
					key={tpl.id}
					className={`nd-template${value === tpl.id ? ' nd-template--active' : ''}`}
					data-testid={`template-${tpl.id}`}
				>
					<input
						type="radio"
						name="template"
						value={tpl.id}
						checked={value === tpl.id}
						onChange={() => onChange(tpl.id)}
					/>
					<span className="nd-template__name">{tpl[lang].name}</span>
					<span className="nd-template__desc">{tpl[lang].description}</span>
				</label>
			))}
		</fieldset>
	)
}
