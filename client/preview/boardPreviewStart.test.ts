import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/** index.html's early script (plain JS, not bundled), run against a fake page. */
const source = fs.readFileSync(
	path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'boardPreviewStart.js'),
	'utf8',
)

function runOn(url: string, stored: Record<string, string> = {}, onLine = true) {
	const { pathname, search } = new URL(url, 'http://localhost')
	const calls: { url: string; headers: Record<string, string> }[] = []
	const win: { location: { pathname: string; search: string }; __niudaiPreviewStart?: { boardId: string } } = {
		location: { pathname, search },
	}
	const localStorage = { getItem: (key: string) => stored[key] ?? null }
	const fetch = (u: string, init: { headers: Record<string, string> }) => {
		calls.push({ url: u, headers: init.headers })
		return Promise.resolve(new Response('{}'))
	}
	new Function('window', 'localStorage', 'navigator', 'fetch', source)(win, localStorage, { onLine }, fetch)
	return { calls, started: win.__niudaiPreviewStart }
}

describe('boardPreviewStart.js', () => {
	it('asks for the preview of the board in the address, with the share link’s token', () => {
		const { calls, started } = runOn('/b/AbCdEfGhIj12?t=secret-token')
		expect(calls).toEqual([
			{ url: '/api/boards/AbCdEfGhIj12/preview', headers: { authorization: 'Bearer secret-token' } },
		])
		expect(started?.boardId).toBe('AbCdEfGhIj12')
	})

	it('uses the token this browser keeps for the board, else the admin token, else none', () => {
		const boards = JSON.stringify({ AbCdEfGhIj12: { id: 'AbCdEfGhIj12', token: 'kept' } })
		expect(runOn('/b/AbCdEfGhIj12', { 'niudai.boards': boards }).calls[0].headers).toEqual({
			authorization: 'Bearer kept',
		})
		expect(runOn('/b/AbCdEfGhIj12', { 'niudai.adminToken': 'admin' }).calls[0].headers).toEqual({
			authorization: 'Bearer admin',
		})
		expect(runOn('/b/AbCdEfGhIj12').calls[0].headers).toEqual({})
	})

	it('does nothing off a board page, for an id that is not one, offline, or with a broken store', () => {
		for (const url of ['/', '/b/AbCdEfGhIj12/plan', '/b/AbCdEfGhIj12/v/x', '/b/short', '/b/bad%20id!!!!!']) {
			expect(runOn(url).calls, url).toEqual([])
		}
		expect(runOn('/b/AbCdEfGhIj12', {}, false).calls).toEqual([])
		expect(runOn('/b/AbCdEfGhIj12', { 'niudai.boards': '{not json' }).started).toBeUndefined()
	})
})
