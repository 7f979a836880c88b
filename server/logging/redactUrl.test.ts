import { describe, expect, it } from 'vitest'
import { redactHeaders } from './redactHeaders'
import { REDACTED, redactUrl } from './redactUrl'

const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5' // 44 URL-safe characters, like a real one
const R = REDACTED

describe('redactUrl', () => {
	it('redacts a share link token in a board page, a REST call, an asset and a sync socket', () => {
		expect(redactUrl(`/b/board12345?t=${TOKEN}`)).toBe(`/b/board12345?t=${R}`)
		expect(redactUrl(`/api/boards/board12345/export?format=docx&t=${TOKEN}&lang=zh`)).toBe(
			`/api/boards/board12345/export?format=docx&t=${R}&lang=zh`,
		)
		expect(redactUrl(`/api/boards/board12345/assets/AbCdEfGh12345678?t=${TOKEN}`)).toBe(
			`/api/boards/board12345/assets/AbCdEfGh12345678?t=${R}`,
		)
		expect(redactUrl(`/sync/board12345/private?t=${TOKEN}&p=participant-secret-0001`)).toBe(
			`/sync/board12345/private?t=${R}&p=${R}`,
		)
	})

	it('redacts short and oddly encoded secrets by parameter name, whatever their value', () => {
		expect(redactUrl('/?admin=short')).toBe(`/?admin=${R}`)
		expect(redactUrl('/x?token=a&access_token=b&secret=c')).toBe(`/x?token=${R}&access_token=${R}&secret=${R}`)
		// `%74` is `t`; `T` is the same parameter to a careless reader, so it is redacted too.
		expect(redactUrl('/x?%74=abc&T=def')).toBe(`/x?%74=${R}&T=${R}`)
		expect(redactUrl('/x?t=')).toBe(`/x?t=${R}`)
		expect(redactUrl('/x?t=a%2Fb%3D%3D')).toBe(`/x?t=${R}`)
	})

	it('redacts token-like values wherever they appear: another parameter, a bare parameter or a path segment', () => {
		expect(redactUrl(`/x?next=${TOKEN}`)).toBe(`/x?next=${R}`)
		expect(redactUrl(`/x?${TOKEN}`)).toBe(`/x?${R}`)
		expect(redactUrl(`/s/${TOKEN}`)).toBe(`/s/${R}`)
		expect(redactUrl(`/s/${TOKEN}/more?x=1`)).toBe(`/s/${R}/more?x=1`)
	})

	it('keeps what is not secret: board and asset ids, formats, titles, hashed file names', () => {
		const kept = [
			'/',
			'/healthz',
			'/b/AbCdEfGhIjKlMnOpQrStUvWxYz012345',
			'/api/boards/board12345/export?format=csv&list=needs&lang=en&private=1',
			'/api/boards/import?title=%E7%BA%BD%E5%B8%A6%20%E7%A4%BE%E5%8C%BA',
			'/assets/index-BvK3x9_a.js',
			'/api/boards?trash=1',
		]
		for (const url of kept) expect(redactUrl(url)).toBe(url)
	})

	it('redacts the query of an absolute URL (a Referer) and drops its fragment', () => {
		expect(redactUrl(`https://niudai.example/b/board12345?t=${TOKEN}#view`)).toBe(
			`https://niudai.example/b/board12345?t=${R}#${R}`,
		)
		expect(redactUrl('http://10.0.0.1:3000')).toBe('http://10.0.0.1:3000')
	})

	it('never throws on malformed input, and leaves no token in it', () => {
		for (const url of ['%', '/%E0%A4%A?t=%', `/x?t=${TOKEN}%`, '??t=1', '/x?&&t=1&&', '']) {
			const out = redactUrl(url)
			expect(out).not.toContain(TOKEN)
			if (url.includes('t=')) expect(out).toContain(`t=${R}`)
		}
	})
})

describe('redactHeaders', () => {
	it('keeps the Authorization scheme but not the token, hides cookies and redacts a Referer', () => {
		const out = redactHeaders({
			authorization: `Bearer ${TOKEN}`,
			cookie: `session=${TOKEN}; theme=dark`,
			referer: `http://niudai.local/b/board12345?t=${TOKEN}`,
			'user-agent': 'Mozilla/5.0',
			'x-unlisted': TOKEN,
		})
		expect(out).toEqual({
			authorization: `Bearer ${R}`,
			cookie: R,
			referer: `http://niudai.local/b/board12345?t=${R}`,
			'user-agent': 'Mozilla/5.0',
		})
		expect(JSON.stringify(out)).not.toContain(TOKEN)
	})

	it('redacts an Authorization value without a scheme whole', () => {
		expect(redactHeaders({ authorization: TOKEN })).toEqual({ authorization: R })
	})
})
