/** Content codings the server keeps precompressed copies of, best first. */
export const PRECOMPRESSED_ENCODINGS = ['br', 'gzip'] as const
export type PrecompressedEncoding = (typeof PRECOMPRESSED_ENCODINGS)[number]

/** File name suffix of each precompressed copy, next to the original. */
export const ENCODING_SUFFIX: Record<PrecompressedEncoding, string> = { br: '.br', gzip: '.gz' }

/**
 * The `q` value an `Accept-Encoding` header gives a coding: its own entry, else `*`, else 0
 * (a coding the header does not name is not acceptable — `identity` aside, which callers
 * always fall back to). `x-gzip` counts as `gzip`.
 */
function qualityOf(header: string, coding: string): number {
	let star: number | null = null
	for (const part of header.split(',')) {
		const [rawName, ...params] = part.split(';')
		const name = rawName.trim().toLowerCase()
		if (!name) continue
		let q = 1
		for (const p of params) {
			const m = /^\s*q\s*=\s*(.*?)\s*$/i.exec(p)
			if (m) q = /^[01](?:\.\d{0,3})?$/.test(m[1]) ? Number(m[1]) : 0
		}
		if (name === coding || (coding === 'gzip' && name === 'x-gzip')) return q
		if (name === '*') star = q
	}
	return star ?? 0
}

/**
 * Which precompressed copy to send for a request's `Accept-Encoding` (pure): the acceptable
 * coding with the highest q among those `available`, brotli before gzip on a tie (browsers
 * list gzip first but brotli is smaller); null when none is acceptable — send the file as is.
 */
export function pickEncoding(
	acceptEncoding: string | undefined,
	available: readonly PrecompressedEncoding[],
): PrecompressedEncoding | null {
	if (!acceptEncoding) return null
	let best: PrecompressedEncoding | null = null
	let bestQ = 0
	for (const coding of PRECOMPRESSED_ENCODINGS) {
		if (!available.includes(coding)) continue
		const q = qualityOf(acceptEncoding, coding)
		if (q > bestQ) {
			best = coding
			bestQ = q
		}
	}
	return best
}
