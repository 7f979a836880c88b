/**
 * An SVG document (our own, with no outside resources) drawn by this browser into a PNG
 * `scale` times its size, on white; null when the browser cannot draw it.
 */
export async function svgPicture(svg: string, scale: number): Promise<Blob | null> {
	const image = new Image()
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
	await image.decode()
	const canvas = document.createElement('canvas')
	canvas.width = Math.round(image.naturalWidth * scale)
	canvas.height = Math.round(image.naturalHeight * scale)
	const ctx = canvas.getContext('2d')
	if (!ctx) return null
	ctx.fillStyle = '#ffffff'
	ctx.fillRect(0, 0, canvas.width, canvas.height)
	ctx.drawImage(image, 0, 0, canvas.width, canvas.height)
	return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
}

/** An SVG document as a data URL for an <img>. */
export function svgDataUrl(svg: string): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
