/** Strings of the offline feature (Chinese first; English must have the same keys). */
export const offlineZh = {}

export const offlineEn: typeof offlineZh = {}
