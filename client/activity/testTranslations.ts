import i18next, { type TFunction } from 'i18next'
import { en } from '../i18n/en'
import { zh } from '../i18n/zh'

/** The app's real Chinese and English strings, for tests of text built with `t`. */
export async function testTranslations(): Promise<{ zhT: TFunction; enT: TFunction }> {
	const i18n = i18next.createInstance()
	await i18n.init({
		resources: { zh: { translation: zh }, en: { translation: en } },
		lng: 'zh',
		interpolation: { escapeValue: false },
	})
	return { zhT: i18n.getFixedT('zh'), enT: i18n.getFixedT('en') }
}
