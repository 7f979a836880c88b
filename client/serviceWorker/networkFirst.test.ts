import { describe, expect, it, vi } from 'vitest'
import { networkFirst } from './networkFirst'

const page = (body: string, status = 200) => new Response(body, { status })
const never = () => new Promise<Response>(() => {})

describe('networkFirst', () => {
	it('answers with the server’s page when it comes in time, without opening the cache', async () => {
		const shell = vi.fn(async () => page('shell'))
		const res = await networkFirst(async () => page('fresh'), shell, 1000)
		expect(await res.text()).toBe('fresh')
		expect(shell).not.toHaveBeenCalled()
	})

	it('passes the server’s error pages through (a 404 is the server’s answer)', async () => {
		const res = await networkFirst(
			async () => page('gone', 404),
			async () => page('shell'),
			1000,
		)
		expect(res.status).toBe(404)
	})

	it('answers with the cached shell when the network fails', async () => {
		const res = await networkFirst(
			async () => {
				throw new TypeError('Failed to fetch')
			},
			async () => page('shell'),
			1000,
		)
		expect(await res.text()).toBe('shell')
	})

	it('answers with the cached shell when the server is slower than the deadline', async () => {
		vi.useFakeTimers()
		try {
			const answer = networkFirst(never, async () => page('shell'), 3000)
			await vi.advanceTimersByTimeAsync(2999)
			let settled = false
			void answer.then(() => {
				settled = true
			})
			await vi.advanceTimersByTimeAsync(0)
			expect(settled).toBe(false)
			await vi.advanceTimersByTimeAsync(1)
			expect(await (await answer).text()).toBe('shell')
		} finally {
			vi.useRealTimers()
		}
	})

	it('waits for the network past the deadline when no shell is cached', async () => {
		vi.useFakeTimers()
		try {
			let arrive: (res: Response) => void = () => {}
			const late = new Promise<Response>((resolve) => {
				arrive = resolve
			})
			const answer = networkFirst(
				() => late,
				async () => undefined,
				3000,
			)
			await vi.advanceTimersByTimeAsync(10_000)
			arrive(page('late'))
			expect(await (await answer).text()).toBe('late')
		} finally {
			vi.useRealTimers()
		}
	})

	it('fails with the network’s error when the network fails and no shell is cached', async () => {
		await expect(
			networkFirst(
				async () => {
					throw new TypeError('Failed to fetch')
				},
				async () => undefined,
				1000,
			),
		).rejects.toThrow('Failed to fetch')
	})
})
