import { describe, expect, it } from 'vitest'
import { minutesData } from '../meeting/minutesData'
import { blocksToMarkdown } from './blocksToMarkdown'
import { minutesDocument, minutesFileBase } from './minutesDocument'
import { minutesTestDoc } from './minutesTestDoc'
import type { PlanBlock, PlanTableBlock } from './planBlocks'

function data() {
	const d = minutesData(minutesTestDoc(), 'm1', { boardTitle: '幸福里社区养老服务', now: 0 })
	if (!d) throw new Error('no meeting')
	return d
}

function blocks(lang: 'zh' | 'en' = 'zh'): readonly PlanBlock[] {
	return minutesDocument(data(), { lang }).parts.flatMap((p) => p.blocks)
}

/** The table right after the heading that starts with `heading`. */
function tableAfter(all: readonly PlanBlock[], heading: string): PlanTableBlock {
	const i = all.findIndex((b) => b.type === 'heading' && b.text.startsWith(heading))
	const t = all.slice(i + 1).find((b) => b.type === 'table')
	if (i < 0 || !t || t.type !== 'table') throw new Error(`no table after ${heading}`)
	return t
}

describe('the 会议纪要 document', () => {
	it('is titled with the board and the meeting, and says it was generated', () => {
		const doc = minutesDocument(data())
		expect(doc.title).toBe('幸福里社区养老服务-3月联席会议-会议纪要')
		expect(doc.parts[0].blocks[0]).toEqual({
			type: 'title',
			text: '幸福里社区养老服务',
			subtitle: '3月联席会议纪要',
			compact: true,
		})
		const md = blocksToMarkdown(doc)
		expect(md).toContain('**时间：**2026年3月5日 14:00–16:00')
		expect(md).toContain('**地点：**幸福里居委会二楼')
		expect(md).toContain('**主持人：**王主任')
		expect(md).toContain('本纪要由纽带自动生成')
	})

	it('counts attendance by sector and lists each person with organisation, sector and link', () => {
		const all = blocks()
		const md = blocksToMarkdown(minutesDocument(data()))
		expect(md).toContain('共 5 人出席：政府 1 人、市场 0 人、社会 0 人、居民 1 人、未填 3 人。')
		const t = tableAfter(all, '二、出席情况')
		expect(t.columns.map((c) => c.header)).toEqual(['姓名', '单位', '类别', '参会方式'])
		expect(t.rows[0]).toEqual(['李明', '幸福街道办', '政府', '街道（参会）'])
		expect(t.rows).toContainEqual(['王主任', '', '未填', '主持人'])
		expect(t.rows).toContainEqual(['（未署名）', '', '未填', '企业（只读）'])
	})

	it('lists the agenda in order', () => {
		expect(blocksToMarkdown(minutesDocument(data()))).toContain('1. 老年人助餐\n2. 楼道照明')
	})

	it('shows each vote of the meeting with its scope, dots, voters and a ranking with shared ranks', () => {
		const all = blocks()
		const md = blocksToMarkdown(minutesDocument(data()))
		expect(md).toContain('（一）第一次表决')
		expect(md).toContain('范围：整个白板；每人 3 票；4 人投票；记名投票')
		expect(md).toContain('范围：「需求区」')
		// The vote before the meeting is not in its minutes.
		expect(md).not.toContain('第三次表决')
		const t = tableAfter(all, '四、表决结果')
		expect(t.columns.map((c) => c.header)).toEqual(['排名', '需求', '票数'])
		expect(t.rows).toEqual([
			['1', '老年人助餐', '6'],
			// Ties as a Chinese reader sorts them: 楼 (lóu) before 停 (tíng).
			['2', '楼道照明', '3'],
			['2', '停车难', '3'],
		])
		expect(md).toContain('另有 1 项需求未获投票。')
	})

	it('numbers the decisions, with their cards and the deciding vote’s first needs', () => {
		const md = blocksToMarkdown(minutesDocument(data()))
		expect(md).toContain(
			'1. 优先开办长者饭堂，由居委会牵头。（关联卡片：「老年人助餐」、「长者饭堂」；依据第一次表决：老年人助餐 6 票、楼道照明 3 票、停车难 3 票）',
		)
		expect(md).toContain('2. 楼道照明下次会议再议。')
	})

	it('tables the action items with who, what, due date, project and status', () => {
		const t = tableAfter(blocks(), '六、待办事项')
		expect(t.columns.map((c) => c.header)).toEqual(['负责人', '事项', '完成时限', '关联项目', '状态'])
		expect(t.rows).toEqual([
			['李明', '联系物业确认场地', '2026年3月20日', '长者饭堂', '未完成'],
			['张秀英', '统计3号楼需要助餐的老人', '', '', '已完成'],
		])
	})

	it('lists the comments resolved during the meeting, a deleted card’s thread too', () => {
		const t = tableAfter(blocks(), '七、会上解决的评论')
		expect(t.rows).toEqual([
			['长者饭堂', '陈：饭堂放在活动室可以吗？（1 条回复）', '王主任'],
			['（卡片已删除）', '张秀英：这张卡片重复了', '李明'],
		])
	})

	it('says so in each section of a meeting with nothing recorded', () => {
		const d = { ...data(), attendees: [], votes: [], decisions: [], actions: [], resolvedThreads: [] }
		const md = blocksToMarkdown(minutesDocument({ ...d, meeting: { ...d.meeting, agenda: [] } }))
		for (const text of [
			'没有出席记录',
			'未列议题',
			'本次会议没有表决',
			'没有形成决议',
			'没有待办事项',
			'会上没有解决评论',
		]) {
			expect(md).toContain(text)
		}
	})

	it('is written in English on request, with the board text as typed', () => {
		const md = blocksToMarkdown(minutesDocument(data(), { lang: 'en', timeZone: 'UTC' }))
		expect(md).toContain('## 2. Attendance')
		expect(md).toContain('5 present: Government 1, Market 0, Society 0, Residents 1, not given 3.')
		expect(md).toContain('**Time:** 5 March 2026 06:00–08:00')
		expect(md).toContain('| 1 | 老年人助餐 | 6 |')
	})

	it('names files after the board and the meeting', () => {
		expect(minutesFileBase(' 议事会 ', '3月会议')).toBe('议事会-3月会议-会议纪要')
		expect(minutesFileBase('', '3月会议', 'en')).toBe('3月会议-Minutes')
	})
})
