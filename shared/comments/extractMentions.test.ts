import { describe, expect, it } from 'vitest'
import { extractMentions, mentionCandidates, mentionQueryAt } from './extractMentions'

describe('extractMentions', () => {
	it('finds known names after @, longest first, each once', () => {
		expect(extractMentions('@王主任 请看 @李四，还有@王主任', ['王', '王主任', '李四', '张三'])).toEqual([
			'王主任',
			'李四',
		])
	})

	it('ignores names without @ and unknown @words', () => {
		expect(extractMentions('王主任 @谁 email@x', ['王主任'])).toEqual([])
	})
})

describe('mentionQueryAt', () => {
	it('returns the word being typed after @', () => {
		expect(mentionQueryAt('请 @王', 4)).toEqual({ start: 2, query: '王' })
		expect(mentionQueryAt('请 @', 3)).toEqual({ start: 2, query: '' })
	})

	it('returns null once a space follows, or without @', () => {
		expect(mentionQueryAt('@王 好', 4)).toBeNull()
		expect(mentionQueryAt('你好', 2)).toBeNull()
	})
})

describe('mentionCandidates', () => {
	it('lists names starting with the query before names containing it', () => {
		expect(mentionCandidates('li', ['Ali', 'Lin', 'Bob', 'Lin'])).toEqual(['Lin', 'Ali'])
		expect(mentionCandidates('', ['a', 'b', 'c'], 2)).toEqual(['a', 'b'])
	})
})
