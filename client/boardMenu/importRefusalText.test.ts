import i18next, { type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { zh } from '../i18n/zh'
import type { ImportOutcome } from './importFile'
import { importRefusalText, problemText } from './importRefusalText'

type Refused = Extract<ImportOutcome, { ok: false }>
const refused = (over: Partial<Refused>): Refused => ({
	ok: false,
	code: '',
	status: 400,
	message: 'English words from the server',
	problems: [],
	problemCount: 0,
	...over,
})

let zhT: TFunction
let enT: TFunction
beforeAll(async () => {
	const i18n = i18next.createInstance()
	await i18n.init({ resources: { zh: { translation: zh }, en: { translation: en } }, lng: 'zh' })
	zhT = i18n.getFixedT('zh')
	enT = i18n.getFixedT('en')
})

describe('importRefusalText: why a file was not imported, never in the server’s English', () => {
	it('counts the problems of a file with problems (all of them, not only the first 100 listed)', () => {
		const outcome = refused({
			code: 'import_invalid',
			status: 422,
			problems: [{ row: 2, message: { zh: '缺少标题', en: 'Title missing' } }],
			problemCount: 140,
		})
		expect(importRefusalText(outcome, zhT)).toContain('140 处问题')
		expect(importRefusalText(outcome, enT)).toContain('140 problem')
	})
	it('says a file the server could not finish reading is too large, and a busy server is busy', () => {
		expect(importRefusalText(refused({ code: 'import_timeout', status: 422 }), zhT)).toBe(zh.imports.tooComplex)
		expect(importRefusalText(refused({ code: 'import_too_large', status: 413 }), zhT)).toBe(zh.imports.tooComplex)
		expect(importRefusalText(refused({ code: 'import_busy', status: 503 }), zhT)).toBe(zh.imports.serverBusy)
	})
	it.each<[string, number, string, string]>([
		['a deactivated link', 401, 'link_revoked', zh.refusal.linkRevoked.title],
		['a viewer’s link', 403, 'forbidden', zh.refusal.forbidden.title],
		['a full disk', 503, 'storage_unavailable', zh.refusal.storageUnavailable.title],
		['no answer at all', 0, 'network', zh.refusal.network.title],
	])('%s: the refusal in plain Chinese words', (_what, status, code, title) => {
		const text = importRefusalText(refused({ code, status }), zhT)
		expect(text).toContain(title)
		expect(text).not.toContain('English words')
	})
	it('shows a problem in the chosen language, and a plain string from an older server as it is', () => {
		expect(problemText({ zh: '缺少标题', en: 'Title missing' }, 'zh')).toBe('缺少标题')
		expect(problemText({ zh: '缺少标题', en: 'Title missing' }, 'en')).toBe('Title missing')
		expect(problemText('row 3: bad', 'zh')).toBe('row 3: bad')
	})
})
