import { useCallback } from 'react'
import { MEETING_VIEWER_COMMENTS_KEY } from '../../shared/comments/commentsLayout'
import { useBoardContext } from '../board/BoardContext'
import { useMeetingMap } from '../meeting/useMeetingMap'
import { useYMapValue } from '../meeting/useYMapValue'
import { canComment } from './canComment'

const parseAllowed = (value: unknown) => (value === true ? true : null)

/** Whether the facilitator lets viewers comment (the meeting map's viewerComments key). */
export function useViewersMayComment(): boolean {
	const meeting = useMeetingMap()
	const parse = useCallback(parseAllowed, [])
	return useYMapValue(meeting, MEETING_VIEWER_COMMENTS_KEY, parse) === true
}

/** Whether this page may write comments: 参会 and up, a viewer while allowed. */
export function useCanComment(): boolean {
	const { role } = useBoardContext()
	return canComment(role, useViewersMayComment())
}
