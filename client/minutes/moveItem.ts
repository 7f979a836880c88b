/** `list` with the entry at `from` moved to `to` (both clamped to the list); a new array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
	const out = [...list]
	if (from < 0 || from >= out.length) return out
	const target = Math.max(0, Math.min(out.length - 1, to))
	const [moved] = out.splice(from, 1)
	out.splice(target, 0, moved as T)
	return out
}
