import { describe, expect, it } from 'vitest'
import { splitMentions } from './splitMentions'

describe('splitMentions', () => {
	it('cuts the mentions out of the text, longest name first', () => {
		expect(splitMentions('请 @王主任 和@李四看看', ['王', '王主任', '李四'])).toEqual([
			{ text: '请 ', mention: false },
			{ text: '@王主任', mention: true },
			{ text: ' 和', mention: false },
			{ text: '@李四', mention: true },
			{ text: '看看', mention: false },
		])
	})

	it('leaves a body without known mentions whole', () => {
		expect(splitMentions('a@b', ['c'])).toEqual([{ text: 'a@b', mention: false }])
		expect(splitMentions('', ['c'])).toEqual([])
	})
})
