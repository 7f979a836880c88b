import { useMemo } from 'react'
import type * as Y from 'yjs'
import { getYMeeting } from '../../shared/meeting/meetingLayout'
import { useBoardContext } from '../board/BoardContext'

/** The board's meeting map (null until the doc exists). */
export function useMeetingMap(): Y.Map<unknown> | null {
	const { doc } = useBoardContext()
	return useMemo(() => (doc ? getYMeeting(doc) : null), [doc])
}
