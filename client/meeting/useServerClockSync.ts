import { useEffect } from 'react'
import { useBoardContext } from '../board/BoardContext'
import { syncServerClock } from './serverClock'

/** Estimates the server clock now and again every time the board connection comes back. */
export function useServerClockSync(): void {
	const { provider } = useBoardContext()
	useEffect(() => {
		void syncServerClock()
		if (!provider) return
		const onStatus = ({ status }: { status: string }) => {
			if (status === 'connected') void syncServerClock()
		}
		provider.on('status', onStatus)
		return () => provider.off('status', onStatus)
	}, [provider])
}
