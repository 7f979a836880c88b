import { useEffect, useState } from 'react'

/** The width below which the board uses its phone layout (matches the CSS breakpoint). */
export const NARROW_SCREEN_QUERY = '(max-width: 600px)'

/** True on a phone-sized screen; follows rotation and window resizes. */
export function useNarrowScreen(): boolean {
	const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_SCREEN_QUERY).matches)
	useEffect(() => {
		const query = window.matchMedia(NARROW_SCREEN_QUERY)
		const onChange = () => setNarrow(query.matches)
		onChange()
		query.addEventListener('change', onChange)
		return () => query.removeEventListener('change', onChange)
	}, [])
	return narrow
}
