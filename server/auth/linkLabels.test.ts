import { describe, expect, it } from 'vitest'
import type { ShareLinkRow } from '../storage/Storage'
import { LinkLabels } from './linkLabels'

function link(id: string, label: string): ShareLinkRow {
	return {
		id,
		boardId: 'b',
		role: 'participant',
		label,
		tokenHash: '',
		createdAt: 0,
		expiresAt: null,
		revokedAt: null,
		lastUsedAt: null,
	}
}

describe('LinkLabels', () => {
	it('reads a board’s labels once, and again for a link made since', async () => {
		const rows = [link('l1', '居民')]
		let reads = 0
		const labels = new LinkLabels({
			listLinks: async () => {
				reads++
				return [...rows]
			},
		})
		expect(await labels.labelOf('b', 'l1')).toBe('居民')
		expect(await labels.labelOf('b', 'l1')).toBe('居民')
		expect(reads).toBe(1)
		rows.push(link('l2', '街道'))
		expect(await labels.labelOf('b', 'l2')).toBe('街道')
		expect(reads).toBe(2)
	})

	it('has no label for the admin token or a link that is gone', async () => {
		const labels = new LinkLabels({ listLinks: async () => [] })
		expect(await labels.labelOf('b', null)).toBe('')
		expect(await labels.labelOf('b', 'gone')).toBe('')
	})
})
