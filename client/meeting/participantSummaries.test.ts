import { InstancePresenceRecordType, type TLUserId } from '@tldraw/tldraw'
import { describe, expect, it } from 'vitest'
import { participantSummaries } from './participantSummaries'

function presence(n: number, userName: string, role?: string) {
	return InstancePresenceRecordType.create({
		id: InstancePresenceRecordType.createId(String(n)),
		userId: `user:${n}` as TLUserId,
		userName,
		color: '#123456',
		currentPageId: 'page:page' as never,
		meta: role ? { role } : {},
	})
}

describe('participantSummaries', () => {
	it('lists facilitators first, then editors, viewers and unknown roles, each by name', () => {
		const rows = participantSummaries([
			presence(1, '王五', 'viewer'),
			presence(2, '张三'),
			presence(3, '李四', 'editor'),
			presence(4, '赵主任', 'facilitator'),
			presence(5, '陈六', 'editor'),
			presence(6, '冒充', 'admin'),
		])
		expect(rows.map((r) => [r.name, r.role])).toEqual([
			['赵主任', 'facilitator'],
			['陈六', 'editor'],
			['李四', 'editor'],
			['王五', 'viewer'],
			['冒充', null],
			['张三', null],
		])
	})

	it('keeps only what the list shows, so a cursor move changes nothing', () => {
		const p = presence(1, '王五', 'editor')
		const moved = { ...p, cursor: { x: 500, y: 300, rotation: 0, type: 'default' }, lastActivityTimestamp: 99 }
		expect(JSON.stringify(participantSummaries([moved]))).toBe(JSON.stringify(participantSummaries([p])))
		expect(participantSummaries([p])[0]).toEqual({
			id: p.id,
			userId: 'user:1',
			name: '王五',
			color: '#123456',
			role: 'editor',
		})
	})
})
