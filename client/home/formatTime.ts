/** A short local date-time for lists, in the UI language. */
export function formatTime(ms: number, lang: string): string {
	return new Date(ms).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
	})
}
