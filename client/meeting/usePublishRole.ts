import { useEffect } from 'react'
import { useBoardContext } from '../board/BoardContext'
import { $localPresenceMeta } from '../sync/bindPresenceToAwareness'

/** Publishes this participant's role in their presence, for everyone's participants list. */
export function usePublishRole(): void {
	const { role } = useBoardContext()
	useEffect(() => {
		$localPresenceMeta.set({ role })
		return () => {
			$localPresenceMeta.set({})
		}
	}, [role])
}
