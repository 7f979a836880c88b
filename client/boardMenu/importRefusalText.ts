import type { TFunction } from 'i18next'
import { refusalOfRest } from '../errors/refusal'
import { refusalLine } from '../errors/refusalText'
import type { ImportOutcome } from './importFile'

/**
 * Why a file was not imported, in the chosen language (never the server's English):
 * a file the server could not finish reading, a busy server, a file with problems (listed
 * below the line, each in the chosen language), or any other refusal in plain words.
 */
export function importRefusalText(outcome: Extract<ImportOutcome, { ok: false }>, t: TFunction): string {
	// The server could not finish reading the file (time or memory limit): no problem list to show.
	if (outcome.code === 'import_timeout' || (outcome.code === 'import_too_large' && outcome.problems.length === 0)) {
		return t('imports.tooComplex')
	}
	if (outcome.code === 'import_busy') return t('imports.serverBusy')
	if (outcome.problems.length > 0) {
		return t('imports.invalid', { count: Math.max(outcome.problemCount, outcome.problems.length) })
	}
	return refusalLine(refusalOfRest(outcome.status, outcome.code || 'http_error'), t)
}

/** One problem's words in the chosen language (older servers sent plain strings). */
export function problemText(message: string | { zh: string; en: string }, lang: 'zh' | 'en'): string {
	return typeof message === 'string' ? message : message[lang]
}
