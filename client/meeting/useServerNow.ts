import { useEffect, useState } from 'react'
import { serverNow } from './serverClock'

/** Server time, refreshed every `intervalMs` while `active` (frozen otherwise). */
export function useServerNow(active: boolean, intervalMs = 250): number {
	const [now, setNow] = useState(serverNow)
	useEffect(() => {
		setNow(serverNow())
		if (!active) return
		const id = setInterval(() => setNow(serverNow()), intervalMs)
		return () => clearInterval(id)
	}, [active, intervalMs])
	return now
}
