import type { EnumOption } from '../domain/enums'
import type { ImportText } from './importTypes'

/** A cell read as a value, or why it cannot be. */
export type CellResult<V> = { ok: true; value: V } | { ok: false; message: ImportText }

function fail<V>(zh: string, en: string): CellResult<V> {
	return { ok: false, message: { zh, en } }
}

/** Full-width digits, signs and punctuation (０-９ ， ． － ＋) as their ASCII forms. */
function toHalfWidth(text: string): string {
	return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}

/** How a text is compared with header names and enum labels: trimmed, lower case, no spaces, half-width. */
export function normaliseKey(text: string): string {
	return toHalfWidth(text)
		.toLowerCase()
		.replace(/[\s*]+/g, '')
}

/** Chinese number suffixes: 千 thousand, 万 ten thousand, 亿 hundred million. */
const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 }

/** Constraints of a number cell. */
export interface NumberRule {
	/** Whole numbers only. */
	integer?: boolean
	min?: number
	max?: number
}

/**
 * A number cell: '' is null; otherwise a decimal number, optionally with thousands
 * separators ("700,000", "700，000"), full-width digits, surrounding spaces and a
 * Chinese multiplier suffix ("70万" = 700000, "1.5亿", "3千"). Anything else (units,
 * words, several numbers) is refused with a message in both languages.
 */
export function parseNumberCell(cell: string, rule: NumberRule = {}): CellResult<number | null> {
	const raw = toHalfWidth(cell).replace(/[\s\u00A0\u3000]+/g, '')
	if (raw === '') return { ok: true, value: null }
	const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?([千万亿]?)$/.exec(raw)
	if (!m || (m[2] === undefined && m[3] === undefined)) {
		return fail(`“${cell.trim()}”不是数字`, `"${cell.trim()}" is not a number`)
	}
	const digits = `${m[1]}${(m[2] ?? '0').replace(/,/g, '')}${m[3] ?? ''}`
	let value = Number(digits)
	if (m[4]) value = Number((value * MULTIPLIERS[m[4]]).toPrecision(15))
	if (!Number.isFinite(value)) return fail(`“${cell.trim()}”超出范围`, `"${cell.trim()}" is out of range`)
	if (Object.is(value, -0)) value = 0
	if (rule.integer && !Number.isInteger(value)) {
		return fail(`“${cell.trim()}”应为整数`, `"${cell.trim()}" must be a whole number`)
	}
	if (rule.min !== undefined && value < rule.min) {
		return fail(`“${cell.trim()}”不能小于 ${rule.min}`, `"${cell.trim()}" must be at least ${rule.min}`)
	}
	if (rule.max !== undefined && value > rule.max) {
		return fail(`“${cell.trim()}”不能大于 ${rule.max}`, `"${cell.trim()}" must be at most ${rule.max}`)
	}
	return { ok: true, value }
}

/** Extra words accepted for some enum values, beyond their labels and the value itself. */
export type EnumAliases = Readonly<Record<string, readonly string[]>>

/**
 * The lookup of an enumeration: each value, its zh and en labels, the parts of a label
 * written with "/" ("企业/商户" → 企业, 商户) and `aliases`, normalised. A word two
 * values share is dropped rather than guessed.
 */
export function enumLookup(options: readonly EnumOption[], aliases: EnumAliases = {}): ReadonlyMap<string, string> {
	const uniqueWords = (wordsOf: (o: EnumOption) => readonly string[]): Map<string, string> => {
		const found = new Map<string, Set<string>>()
		for (const o of options) {
			for (const word of wordsOf(o)) {
				const key = normaliseKey(word)
				if (key === '') continue
				const set = found.get(key) ?? new Set<string>()
				set.add(o.value)
				found.set(key, set)
			}
		}
		const out = new Map<string, string>()
		for (const [key, values] of found) if (values.size === 1) out.set(key, [...values][0])
		return out
	}
	const exact = uniqueWords((o) => [o.value, o.zh, o.en, ...(aliases[o.value] ?? [])])
	const parts = uniqueWords((o) => [o.zh, o.en].filter((l) => l.includes('/')).flatMap((l) => l.split('/')))
	for (const [key, value] of parts) if (!exact.has(key)) exact.set(key, value)
	return exact
}

/** The labels of an enumeration for a message: "高 / 中 / 低". */
function choices(options: readonly EnumOption[], lang: 'zh' | 'en'): string {
	return options.map((o) => o[lang]).join(' / ')
}

/**
 * An enum cell: its Chinese label, English label or stored value (any case, spaces
 * ignored), or an alias of `lookup`. '' is null. An unknown word is refused with the
 * valid labels in the message.
 */
export function parseEnumCell(
	cell: string,
	options: readonly EnumOption[],
	lookup: ReadonlyMap<string, string> = enumLookup(options),
): CellResult<string | null> {
	const key = normaliseKey(cell)
	if (key === '') return { ok: true, value: null }
	const value = lookup.get(key)
	if (value !== undefined) return { ok: true, value }
	return fail(
		`“${cell.trim()}”不是有效的值，应为：${choices(options, 'zh')}`,
		`"${cell.trim()}" is not a valid value; expected one of: ${choices(options, 'en')}`,
	)
}

/**
 * A date cell as YYYY-MM-DD: '' stays ''; accepts 2024-03-01, 2024/3/1, 2024.3.1 and
 * 2024年3月1日 (an xlsx date cell arrives as YYYY-MM-DD). A day that does not exist is refused.
 */
export function parseDateCell(cell: string): CellResult<string> {
	const raw = toHalfWidth(cell).trim()
	if (raw === '') return { ok: true, value: '' }
	const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(raw)
	if (m) {
		const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
		const date = new Date(Date.UTC(year, month - 1, day))
		if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
			return { ok: true, value: `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
		}
	}
	return fail(
		`“${cell.trim()}”不是有效日期（应为 YYYY-MM-DD）`,
		`"${cell.trim()}" is not a valid date (expected YYYY-MM-DD)`,
	)
}

/** The entries of a list cell (合作方, 调度角色): split on 、 , ， ; ； and line breaks, trimmed, blanks dropped. */
export function splitListCell(cell: string): string[] {
	return cell
		.split(/[、,，;；\r\n]+/)
		.map((s) => s.trim())
		.filter((s) => s !== '')
}
