import type { Storage } from '../storage/Storage'

/** How long a board's link labels are reused before they are read again. */
const LABELS_TTL_MS = 10_000

/**
 * The label of a board's share link, as stored (the facilitator names links in 分享; the
 * person cannot change it, unlike their display name). '' for the admin token (null) and
 * for a link that is gone. A board's labels are read once per LABELS_TTL_MS at most.
 */
export class LinkLabels {
	private readonly cache = new Map<string, { at: number; labels: Promise<Map<string, string>> }>()

	constructor(private readonly storage: Pick<Storage, 'listLinks'>) {}

	async labelOf(boardId: string, linkId: string | null): Promise<string> {
		if (linkId === null) return ''
		const now = Date.now()
		let entry = this.cache.get(boardId)
		if (!entry || now - entry.at > LABELS_TTL_MS) {
			const labels = this.storage.listLinks(boardId).then((rows) => new Map(rows.map((r) => [r.id, r.label])))
			entry = { at: now, labels }
			this.cache.set(boardId, entry)
			// A failed read is not kept: the next call asks again.
			labels.catch(() => {
				if (this.cache.get(boardId) === entry) this.cache.delete(boardId)
			})
		}
		let labels = await entry.labels
		if (!labels.has(linkId)) {
			// A link made since the labels were read: read them again once.
			const fresh = this.storage.listLinks(boardId).then((rows) => new Map(rows.map((r) => [r.id, r.label])))
			this.cache.set(boardId, { at: Date.now(), labels: fresh })
			labels = await fresh
		}
		return labels.get(linkId) ?? ''
	}
}
