/** Strings of the versions feature (Chinese first; English must have the same keys). */
export const versionsZh = {}

export const versionsEn: typeof versionsZh = {}
