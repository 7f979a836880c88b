/** Characters file systems dislike in a file name. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f\u007f]/g

/** A file name made from a board title: unsafe characters become `_`; `niudai` when empty. */
export function safeFileName(title: string, ext: string): string {
	const base = title.replace(UNSAFE_FILE_CHARS, '_').trim().slice(0, 100) || 'niudai'
	return `${base}.${ext}`
}

/** `value` encoded for an RFC 5987 `ext-value` (UTF-8, percent-encoded). */
function rfc5987(value: string): string {
	return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * A `Content-Disposition: attachment` header value for `fileName`: an ASCII fallback
 * `filename` for old clients and the exact (Chinese) name as `filename*=UTF-8''…`
 * (RFC 6266 / RFC 5987).
 */
export function attachmentDisposition(fileName: string): string {
	const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
	const fallback = /[A-Za-z0-9]/.test(ascii.replace(/\.[^.]*$/, ''))
		? ascii
		: `niudai${fileName.match(/\.[^.]*$/)?.[0] ?? ''}`
	return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(fileName)}`
}
