import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { zh } from './zh'

/** Languages the UI speaks; Chinese first. */
export const LANGUAGES = ['zh', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'niudai.language'

/** The language chosen in this browser, Chinese by default. */
export function storedLanguage(): Language {
	const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
	return saved === 'en' ? 'en' : 'zh'
}

/** The tldraw locale matching a UI language. */
export function tldrawLocale(lang: Language): string {
	return lang === 'zh' ? 'zh-cn' : 'en'
}

/** Switches the UI language and remembers it. */
export function setLanguage(lang: Language): void {
	globalThis.localStorage?.setItem(STORAGE_KEY, lang)
	void i18next.changeLanguage(lang)
	document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
}

export function initI18n(): typeof i18next {
	const lng = storedLanguage()
	void i18next.use(initReactI18next).init({
		resources: { zh: { translation: zh }, en: { translation: en } },
		lng,
		fallbackLng: 'zh',
		interpolation: { escapeValue: false },
		returnNull: false,
	})
	document.documentElement.lang = lng === 'zh' ? 'zh-CN' : 'en'
	return i18next
}
