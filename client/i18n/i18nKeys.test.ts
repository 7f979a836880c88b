import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { en } from './en'
import { zh } from './zh'

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name)
		if (entry.isDirectory()) return sourceFiles(full)
		return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
	})
}

/** Every literal key passed to `t('…')` in the client's source, with where it is used. */
function usedKeys(): Map<string, string> {
	const keys = new Map<string, string>()
	for (const file of sourceFiles(clientDir)) {
		const text = fs.readFileSync(file, 'utf8')
		for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)+)'/g)) {
			keys.set(match[1], path.relative(clientDir, file))
		}
	}
	return keys
}

function lookup(messages: unknown, key: string): unknown {
	return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

describe('the i18n files', () => {
	const keys = usedKeys()

	it('are used: the scan finds the keys of the board, the meeting, the vote and the versions', () => {
		const sections = new Set([...keys.keys()].map((k) => k.split('.')[0]))
		for (const s of ['board', 'meeting', 'vote', 'versions', 'offline', 'participants']) expect(sections).toContain(s)
	})

	it('hold every key the client asks for, in Chinese and in English', () => {
		const missing: string[] = []
		for (const [key, file] of keys) {
			for (const [lang, messages] of [
				['zh', zh],
				['en', en],
			] as const) {
				if (typeof lookup(messages, key) !== 'string') missing.push(`${lang}: ${key} (${file})`)
			}
		}
		expect(missing).toEqual([])
	})
})
