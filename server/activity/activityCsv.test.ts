import { describe, expect, it } from 'vitest'
import type { ActivityEntry } from '../../shared/activity/activityTypes'
import { activityCsv, chinaTime } from './activityCsv'

const entry = (extra: Partial<ActivityEntry>): ActivityEntry => ({
	id: 1,
	boardId: 'b',
	at: Date.UTC(2026, 11, 7, 1, 2, 3),
	lastAt: Date.UTC(2026, 11, 7, 1, 2, 3),
	kind: 'card_edited',
	actor: { linkId: 'l1', linkLabel: '商户代表', role: 'editor', name: '李老板' },
	targetId: 'shape:a',
	targetType: 'need',
	targetTitle: '独居老人助餐',
	fields: ['title', 'position'],
	...extra,
})

describe('activityCsv', () => {
	it('writes a BOM, the Chinese header and one row per entry with Chinese labels, in China Standard Time', () => {
		const csv = activityCsv([entry({})])
		expect(csv.startsWith('\uFEFF时间,显示名（自报）,链接标签,角色,动作,对象,对象类型,字段\r\n')).toBe(true)
		expect(csv).toContain('2026-12-07 09:02:03,李老板,商户代表,编辑,修改卡片,独居老人助餐,需求,名称、位置\r\n')
	})

	it('neutralises cells a spreadsheet would run as formulas and quotes commas', () => {
		const csv = activityCsv([
			entry({ targetTitle: '=HYPERLINK("x")', actor: { linkId: null, linkLabel: '', role: null, name: '+1,2' } }),
		])
		expect(csv).toContain(`"'+1,2",（系统）,系统,修改卡片,"'=HYPERLINK(""x"")"`)
	})

	it('shows the span of merged changes, and the admin token where there is no link', () => {
		const at = Date.UTC(2026, 0, 1, 0, 0, 0)
		const csv = activityCsv([
			entry({ at, lastAt: at + 90_000, actor: { linkId: null, linkLabel: '', role: 'facilitator', name: '' } }),
		])
		expect(csv).toContain('2026-01-01 08:00:00 – 08:01:30,,（管理员令牌）,主持人')
		expect(chinaTime(Date.UTC(2026, 11, 31, 20, 0, 0))).toBe('2027-01-01 04:00:00')
	})
})
