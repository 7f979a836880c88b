import { describe, expect, it, vi } from 'vitest'
import { offerUpdate, pendingUpdate, subscribeToUpdate } from './updateReady'

describe('updateReady', () => {
	it('has nothing pending until a new build is offered, then tells every listener and hands over its switch', () => {
		expect(pendingUpdate()).toBeNull()
		const first = vi.fn()
		const second = vi.fn()
		const stop = subscribeToUpdate(first)
		subscribeToUpdate(second)
		const apply = vi.fn()
		offerUpdate(apply)
		expect(first).toHaveBeenCalledTimes(1)
		expect(second).toHaveBeenCalledTimes(1)
		pendingUpdate()?.()
		expect(apply).toHaveBeenCalledTimes(1)

		stop()
		offerUpdate(() => {})
		expect(first).toHaveBeenCalledTimes(1)
		expect(second).toHaveBeenCalledTimes(2)
	})
})
