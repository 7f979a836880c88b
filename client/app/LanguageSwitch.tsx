import { useTranslation } from 'react-i18next'
import { type Language, setLanguage } from '../i18n/i18n'

/** A button that switches between Chinese and English. */
export function LanguageSwitch({ onChange }: { onChange?: (lang: Language) => void }) {
	const { t, i18n } = useTranslation()
	const next: Language = i18n.language === 'en' ? 'zh' : 'en'
	return (
		<button
			type="button"
			className="nd-button nd-button--ghost"
			data-testid="language-switch"
			title={t('app.language')}
			onClick={() => {
				setLanguage(next)
				onChange?.(next)
			}}
		>
			{t('app.switchTo')}
		</button>
	)
}
