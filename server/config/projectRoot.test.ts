import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { projectRoot } from './projectRoot'

const dirs: string[] = []
afterEach(() => {
	for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function project(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-root-'))
	dirs.push(dir)
	fs.writeFileSync(path.join(dir, 'package.json'), '{}')
	fs.mkdirSync(path.join(dir, 'server'))
	fs.mkdirSync(path.join(dir, 'dist', 'server'), { recursive: true })
	return dir
}

describe('projectRoot', () => {
	it('is the folder above server/ for a source module', () => {
		const dir = project()
		expect(projectRoot(pathToFileURL(path.join(dir, 'server', 'main.ts')).href)).toBe(dir)
	})

	it('is the folder above dist/ for a built module', () => {
		const dir = project()
		expect(projectRoot(pathToFileURL(path.join(dir, 'dist', 'server', 'main.js')).href)).toBe(dir)
	})

	it('says so when no folder above holds a package.json', () => {
		expect(() => projectRoot('file:///nonexistent-niudai/server/main.ts')).toThrow(/no package.json/)
	})
})
