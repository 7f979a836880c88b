import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { ENCODING_SUFFIX } from './pickEncoding.js'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Files worth compressing: text. Fonts (woff2), images and archives are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|map|webmanifest)$/i
/** Smaller files are sent as they are: a compressed copy would save less than a packet. */
export const MIN_COMPRESS_BYTES = 1024

/** What precompressing a folder wrote: per original file, its size and its copies' sizes. */
export interface PrecompressedFile {
	file: string
	bytes: number
	br?: number
	gzip?: number
}

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy next to every
 * compressible file of at least MIN_COMPRESS_BYTES under `dir` (recursively), each only
 * when it is smaller than the original. Run at build time on the built client; the server
 * sends a copy when the browser accepts its coding (see serveClient).
 */
export async function precompressDir(dir: string): Promise<PrecompressedFile[]> {
	const out: PrecompressedFile[] = []
	for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue
		const file = path.join(entry.parentPath, entry.name)
		const raw = fs.readFileSync(file)
		if (raw.length < MIN_COMPRESS_BYTES) continue
		const result: PrecompressedFile = { file, bytes: raw.length }
		const [br, gz] = await Promise.all([
			brotli(raw, {
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
				},
			}),
			gzip(raw, { level: 9 }),
		])
		if (br.length < raw.length) {
			fs.writeFileSync(file + ENCODING_SUFFIX.br, br)
			result.br = br.length
		}
		if (gz.length < raw.length) {
			fs.writeFileSync(file + ENCODING_SUFFIX.gzip, gz)
			result.gzip = gz.length
		}
		out.push(result)
	}
	return out
}
