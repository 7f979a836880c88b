/** Strings of the minutes feature (Chinese first; English must have the same keys). */
export const minutesZh = {
	title: '会议纪要',
}

export const minutesEn: typeof minutesZh = {
	title: 'Minutes',
}
