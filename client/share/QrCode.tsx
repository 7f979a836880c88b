import { encode } from 'uqr'

/** A QR code of `text`, drawn as SVG squares (generated here, nothing fetched). */
export function QrCode({ text, size = 180 }: { text: string; size?: number }) {
	const { data } = encode(text, { ecc: 'M', border: 2 })
	const n = data.length
	const cells: string[] = []
	for (let y = 0; y < n; y++) {
		for (let x = 0; x < n; x++) if (data[y][x]) cells.push(`M${x} ${y}h1v1h-1z`)
	}
	return (
		<svg
			width={size}
			height={size}
			viewBox={`0 0 ${n} ${n}`}
			role="img"
			aria-label={text}
			shapeRendering="crispEdges"
			data-testid="share-qr"
		>
			<rect width={n} height={n} fill="#fff" />
			<path d={cells.join('')} fill="#000" />
		</svg>
	)
}
