import { describe, expect, it } from 'vitest'
import { COMMENT_BUTTON_WIDTH, commentButtonPosition } from './commentButtonPosition'

describe('commentButtonPosition', () => {
	it('takes the 详情 place where there is no 详情 button', () => {
		expect(commentButtonPosition({ x: 100, y: 300 }, 1366, false)).toEqual({ x: 100, y: 300 })
	})

	it('goes right of 详情 on a phone when it fits, else left of it', () => {
		expect(commentButtonPosition({ x: 150, y: 400 }, 390, true)).toEqual({ x: 242, y: 400 })
		const left = commentButtonPosition({ x: 298, y: 400 }, 390, true)
		expect(left).toEqual({ x: 298 - 8 - COMMENT_BUTTON_WIDTH, y: 400 })
	})
})
