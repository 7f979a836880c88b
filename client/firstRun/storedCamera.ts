/** Where this device remembers its camera on a board (localStorage). */
export const cameraStorageKey = (boardId: string) => `niudai.camera.${boardId}`

/** A camera as remembered on this device: tldraw's x, y and zoom. */
export interface StoredCamera {
	x: number
	y: number
	z: number
}

/** The camera in a stored string, or null when it is missing or not a sane camera. */
export function parseStoredCamera(text: string | null): StoredCamera | null {
	if (!text) return null
	try {
		const value: unknown = JSON.parse(text)
		if (typeof value !== 'object' || value === null) return null
		const { x, y, z } = value as Record<string, unknown>
		if (![x, y, z].every((n) => typeof n === 'number' && Number.isFinite(n))) return null
		if ((z as number) <= 0 || (z as number) > 64) return null
		return { x: x as number, y: y as number, z: z as number }
	} catch {
		return null
	}
}
