import type { PlanLang } from './planTypes'

/** Helpers that write the figures inside warning messages (zh / en). */

/** A card title in quotes, or 未命名 / untitled. */
export function quoted(title: string, lang: PlanLang): string {
	const t = title.trim()
	if (t === '') return lang === 'zh' ? '（未命名）' : '(untitled)'
	return `“${t}”`
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `s` is an ISO date (YYYY-MM-DD). */
export function isIsoDate(s: string): boolean {
	return ISO_DATE.test(s.trim())
}

/** An ISO date as 2026年3月1日 / 2026-03-01; the text itself when it is not one. */
export function dateText(iso: string, lang: PlanLang): string {
	const m = ISO_DATE.exec(iso.trim())
	if (!m) return iso
	return lang === 'zh' ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso.trim()
}

/** A period from two ISO dates (either may be ''): 2026年3月1日至2026年12月31日. */
export function periodText(start: string, end: string, lang: PlanLang): string {
	const s = start.trim() === '' ? '…' : dateText(start, lang)
	const e = end.trim() === '' ? '…' : dateText(end, lang)
	return lang === 'zh' ? `${s}至${e}` : `${s} to ${e}`
}

/** A whole-ish number with thousands separators (up to 2 decimals). */
export function numberText(n: number): string {
	return n.toLocaleString('en-US', { maximumFractionDigits: 2 })
}
