import zlib from 'node:zlib'

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4)
	length.writeUInt32BE(data.length)
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
	const crc = Buffer.alloc(4)
	crc.writeUInt32BE(zlib.crc32(body))
	return Buffer.concat([length, body, crc])
}

/** A valid grey RGB PNG of `width` × `height` pixels (a canvas picture for the Word tests). */
export function makePng(width: number, height: number): Uint8Array {
	const ihdr = Buffer.alloc(13)
	ihdr.writeUInt32BE(width, 0)
	ihdr.writeUInt32BE(height, 4)
	ihdr.set([8, 2, 0, 0, 0], 8)
	const raw = Buffer.alloc((width * 3 + 1) * height, 0x80)
	for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
	return new Uint8Array(
		Buffer.concat([
			signature,
			chunk('IHDR', ihdr),
			chunk('IDAT', zlib.deflateSync(raw)),
			chunk('IEND', Buffer.alloc(0)),
		]),
	)
}
