import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/apiClient'
import { longWorkState, runLongWork } from './longWork'
import { longWorkErrorKind } from './longWorkError'

describe('runLongWork: progress while it runs, the failure kept, one at a time', () => {
	it('shows the work running, then nothing once it is done', async () => {
		let finish: () => void = () => {}
		const done = runLongWork('docx', () => new Promise<void>((r) => (finish = r)))
		expect(longWorkState()).toEqual({ state: 'running', kind: 'docx' })
		// A second piece of work while the first runs is refused.
		expect(await runLongWork('xlsx', async () => {})).toBe(false)
		finish()
		expect(await done).toBe(true)
		expect(longWorkState()).toEqual({ state: 'idle' })
	})

	it('keeps a failure on screen', async () => {
		const error = new ApiError(503, 'export_timeout', 'Export took too long')
		expect(await runLongWork('xlsx', () => Promise.reject(error))).toBe(false)
		expect(longWorkState()).toEqual({ state: 'failed', kind: 'xlsx', error })
	})
})

describe('longWorkErrorKind: a failure in plain words, never the server English', () => {
	it.each([
		['no answer from the server', new TypeError('Failed to fetch'), 'network'],
		['the export took too long', new ApiError(503, 'export_timeout', 'x'), 'busy'],
		['a viewer link', new ApiError(403, 'forbidden', 'x'), 'forbidden'],
		['a bug in the browser', new Error('Cannot read properties of undefined'), 'other'],
		['a server error', new ApiError(500, 'internal', 'x'), 'other'],
	])('%s', (_name, error, kind) => {
		expect(longWorkErrorKind(error)).toBe(kind)
	})
})
