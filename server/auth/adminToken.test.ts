import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN_FILE, loadOrCreateAdminToken } from './adminToken'

describe('admin token', () => {
	it('is generated once into DATA_DIR/admin-token (0600), then read back', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-admin-'))
		const first = loadOrCreateAdminToken(dir, undefined)
		expect(first.source).toBe('created')
		expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
		const file = path.join(dir, ADMIN_TOKEN_FILE)
		expect(fs.statSync(file).mode & 0o777).toBe(0o600)
		const again = loadOrCreateAdminToken(dir, undefined)
		expect(again).toEqual({ token: first.token, source: 'file', file })
	})

	it('ADMIN_TOKEN wins and writes nothing', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-admin-'))
		expect(loadOrCreateAdminToken(dir, ' chosen ')).toEqual({ token: 'chosen', source: 'env', file: null })
		expect(fs.existsSync(path.join(dir, ADMIN_TOKEN_FILE))).toBe(false)
	})
})
