/** Strings of the activity feature (Chinese first; English must have the same keys). */
export const activityZh = {
	title: '动态',
}

export const activityEn: typeof activityZh = {
	title: 'Activity',
}
