import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { ACTIVITY_KINDS, type ActivityEntry } from '../../shared/activity/activityTypes'
import { activitySentence, fieldLabels } from './activitySentence'
import { testTranslations } from './testTranslations'

let zhT: TFunction
let enT: TFunction
beforeAll(async () => {
	;({ zhT, enT } = await testTranslations())
})

const entry = (over: Partial<ActivityEntry>): ActivityEntry => ({
	id: 1,
	boardId: 'b',
	at: 0,
	kind: 'card_created',
	actor: { linkId: 'l', linkLabel: '商户代表', role: 'editor', name: '王芳' },
	targetId: 'shape:a',
	targetType: 'need',
	targetTitle: '老人助餐',
	fields: [],
	...over,
})

describe('activitySentence', () => {
	it('says which kind of card was created, with its title', () => {
		expect(activitySentence(entry({}), 'zh', zhT)).toBe('创建了需求「老人助餐」')
		expect(activitySentence(entry({}), 'en', enT)).toBe('created need “老人助餐”')
	})

	it('names the changed fields of an edit with the inspector’s labels', () => {
		const edited = entry({
			kind: 'card_edited',
			targetType: 'project',
			targetTitle: '助餐点',
			fields: ['budget', 'activities'],
		})
		expect(activitySentence(edited, 'zh', zhT)).toBe('修改了项目「助餐点」的 预算、活动安排')
		expect(activitySentence(edited, 'en', enT)).toBe('edited budget, activities of project “助餐点”')
	})

	it('names a link’s changed fields with the link form’s labels', () => {
		const edited = entry({
			kind: 'link_edited',
			targetType: 'link',
			targetTitle: '场地 → 助餐点',
			fields: ['mechanism'],
		})
		expect(activitySentence(edited, 'zh', zhT)).toBe('修改了连线「场地 → 助餐点」的 配置机制')
	})

	it('keeps a deleted card readable by the title it had', () => {
		expect(
			activitySentence(entry({ kind: 'card_deleted', targetType: 'resource', targetTitle: '活动室' }), 'zh', zhT),
		).toBe('删除了资源「活动室」')
	})

	it('calls an untitled target 未命名 and an edit without fields just an edit', () => {
		expect(activitySentence(entry({ kind: 'card_edited', targetTitle: ' ' }), 'zh', zhT)).toBe('修改了需求「未命名」')
	})

	it('has a Chinese and an English sentence for every kind of entry', () => {
		for (const kind of ACTIVITY_KINDS) {
			const zh = activitySentence(entry({ kind, targetType: null, targetTitle: 'X' }), 'zh', zhT)
			const en = activitySentence(entry({ kind, targetType: null, targetTitle: 'X' }), 'en', enT)
			expect(zh).toContain('「X」')
			expect(en).toContain('“X”')
		}
	})
})

describe('fieldLabels', () => {
	it('names a move, a resize and a lock in words, and keeps an unknown key as it is', () => {
		expect(fieldLabels('need', ['position', 'size', 'isLocked', 'status', 'mystery'], 'zh', zhT)).toEqual([
			'位置',
			'大小',
			'锁定',
			'状态',
			'mystery',
		])
	})
})
