import { describe, expect, it } from 'vitest'
import { isAppPage } from './appPages'

describe('isAppPage', () => {
	it('takes the home page, board pages and their subpages, with or without a query', () => {
		for (const url of [
			'/',
			'/?admin=abc',
			'/b/abc123',
			'/b/abc123?t=token',
			'/b/abc123/plan',
			'/b/abc123/v/v1',
			'/index.html',
		]) {
			expect(isAppPage(url), url).toBe(true)
		}
	})

	it('leaves the server’s own answers alone: REST, sync, health, metrics, files', () => {
		for (const url of [
			'/api/boards',
			'/api/boards/abc/export.docx',
			'/sync/abc',
			'/healthz',
			'/readyz',
			'/metrics',
			'/sw.js',
			'/assets/index-abc.js',
			'/b/',
			'/bogus',
		]) {
			expect(isAppPage(url), url).toBe(false)
		}
	})
})
