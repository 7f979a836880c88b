/** Text helpers of the plan's standalone SVG pictures (the quadrant chart, the 资源配置图). Pure. */

/** Approximate drawn width of `text` (CJK and full-width characters count 1 em, others 0.6 em). */
export function textWidth(text: string, fontSize: number): number {
	let em = 0
	for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6
	return em * fontSize
}

/** `text` trimmed and cut to at most `max` characters, ending with … when cut. */
export function cutLabel(text: string, max: number): string {
	const chars = [...text.trim()]
	return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`
}

/** `s` safe inside SVG text and attribute values. */
export function escapeXml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A coordinate rounded to one decimal, for compact SVG. */
export function r1(v: number): number {
	return Math.round(v * 10) / 10
}
