import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/**
 * One key of a Y.Map as React state, parsed by `parse` (which returns null for a
 * missing or malformed value). Re-renders when that key changes, locally or remotely.
 */
export function useYMapValue<T>(
	map: Y.Map<unknown> | null,
	key: string,
	parse: (value: unknown) => T | null,
): T | null {
	const [value, setValue] = useState<T | null>(() => (map ? parse(map.get(key)) : null))
	useEffect(() => {
		if (!map) {
			setValue(null)
			return
		}
		setValue(parse(map.get(key)))
		const onChange = (event: Y.YMapEvent<unknown>) => {
			if (event.keysChanged.has(key)) setValue(parse(map.get(key)))
		}
		map.observe(onChange)
		return () => map.unobserve(onChange)
	}, [map, key, parse])
	return value
}

function parseEntries<T>(map: Y.Map<unknown> | null, parse: (value: unknown) => T | null): Map<string, T> {
	const out = new Map<string, T>()
	if (!map) return out
	for (const [k, v] of map.entries()) {
		const parsed = parse(v)
		if (parsed !== null) out.set(k, parsed)
	}
	return out
}

/**
 * Every entry of a Y.Map as React state (parsed; malformed entries left out).
 * Re-renders on any change of the map.
 */
export function useYMapEntries<T>(map: Y.Map<unknown> | null, parse: (value: unknown) => T | null): Map<string, T> {
	const [entries, setEntries] = useState<Map<string, T>>(() => parseEntries(map, parse))
	useEffect(() => {
		const update = () => setEntries(parseEntries(map, parse))
		update()
		if (!map) return
		map.observe(update)
		return () => map.unobserve(update)
	}, [map, parse])
	return entries
}
