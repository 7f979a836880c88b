/** Strings of the meeting feature (Chinese first; English must have the same keys). */
export const meetingZh = {}

export const meetingEn: typeof meetingZh = {}
