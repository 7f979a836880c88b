import { describe, expect, it } from 'vitest'
import type { LaneMeta } from '../templates/laneMeta'
import { type VoteFrameInfo, voteFrameChoices } from './voteFrameChoices'

function frame(
	id: string,
	name: string,
	x: number,
	y: number,
	lane: Partial<LaneMeta> | null,
	parentFrameId: string | null = null,
	holdsNeedNow = false,
): VoteFrameInfo {
	return {
		id,
		name,
		x,
		y,
		parentFrameId,
		holdsNeedNow,
		lane: lane === null ? null : { template: 'full-cycle', role: 'lane', ...lane },
	}
}

/** 整合式合作: three stages left to right, listed here out of order, with their lanes. */
const fullCycle: VoteFrameInfo[] = [
	frame('s3', '资源利用', 2400, 0, { role: 'stage', stage: 'utilization' }),
	frame('s3-run', '执行', 2420, 400, { laneKind: 'project', status: 'executing' }, 's3'),
	frame('s1-res', '资源', 20, 600, { laneKind: 'resource' }, 's1'),
	frame('s1', '资源识别', 0, 0, { role: 'stage', stage: 'identification' }),
	frame('s1-need', '需求', 20, 100, { laneKind: 'need' }, 's1'),
	frame('s2', '资源配置', 1200, 0, { role: 'stage', stage: 'allocation' }),
	frame('s2-admin', '行政借力', 1220, 100, { laneKind: 'resource', mechanism: 'administrative' }, 's2'),
]

describe('voteFrameChoices', () => {
	it('lists frames in board order and only those that can hold needs', () => {
		expect(voteFrameChoices(fullCycle, '未命名框')).toEqual([
			{ id: 's1', label: '资源识别' },
			{ id: 's1-need', label: '资源识别 › 需求' },
		])
	})

	it.each<[string, VoteFrameInfo[], string[]]>([
		['a frame someone drew', [frame('f', '讨论区', 0, 0, null)], ['f']],
		['a lane for any card', [frame('l', '泳道', 0, 0, {})], ['l']],
		[
			'a resource lane holding a need card now',
			[frame('r', '资源', 0, 0, { laneKind: 'resource' }, null, true)],
			['r'],
		],
		['an actor quadrant', [frame('q', '高影响·高关注', 0, 0, { laneKind: 'actor', role: 'area' })], []],
		['an empty stage with no lanes', [frame('s', '阶段', 0, 0, { role: 'stage' })], ['s']],
		[
			'frames side by side: left to right; in a column: top to bottom',
			[frame('b', 'B', 500, 0, null), frame('c', 'C', 0, 300, null), frame('a', 'A', 0, 3, null)],
			['a', 'b', 'c'],
		],
	])('%s', (_what, frames, ids) => {
		expect(voteFrameChoices(frames, '未命名框').map((c) => c.id)).toEqual(ids)
	})

	it('names an unnamed frame, and a frame inside another by both names', () => {
		expect(voteFrameChoices([frame('p', '', 0, 0, null), frame('c', '', 10, 10, null, 'p')], '未命名框')).toEqual([
			{ id: 'p', label: '未命名框' },
			{ id: 'c', label: '未命名框' },
		])
	})
})
