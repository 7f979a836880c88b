const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/**
 * The width and height of a PNG image in pixels, read from its IHDR chunk (the first
 * chunk, right after the 8-byte signature). Null when `data` is not a PNG or the size
 * is zero.
 */
export function pngSize(data: Uint8Array): { width: number; height: number } | null {
	if (data.length < 24 || !PNG_SIGNATURE.every((b, i) => data[i] === b)) return null
	// Chunk length (4) and type (4) follow the signature; the type must be IHDR.
	if (String.fromCharCode(data[12], data[13], data[14], data[15]) !== 'IHDR') return null
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
	const width = view.getUint32(16)
	const height = view.getUint32(20)
	return width > 0 && height > 0 ? { width, height } : null
}
