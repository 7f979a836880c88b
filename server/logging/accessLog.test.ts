import { describe, expect, it } from 'vitest'
import { isQuietRequest } from './accessLog'

describe('isQuietRequest', () => {
	it('is true for probes, the metrics scrape and the files of the built client', () => {
		for (const url of [
			'/healthz',
			'/readyz',
			'/metrics',
			'/sw.js',
			'/precache.json',
			'/assets/index-BvK3x9_a.js',
			'/assets/font.woff2',
			'/favicon.svg',
			'/manifest.webmanifest',
		]) {
			expect(isQuietRequest(url), url).toBe(true)
		}
	})

	it('is false for pages and every API call, whatever their extension', () => {
		for (const url of [
			'/',
			'/b/board12345?t=x',
			'/b/board12345/plan',
			'/api/boards',
			'/api/config.json',
			'/api/x.js',
		]) {
			expect(isQuietRequest(url), url).toBe(false)
		}
	})
})
