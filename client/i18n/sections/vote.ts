/** Strings of the vote feature (Chinese first; English must have the same keys). */
export const voteZh = {}

export const voteEn: typeof voteZh = {}
