import { describe, expect, it } from 'vitest'
import { versionLabel, versionNameProblem } from './versionLabel'

describe('versionLabel', () => {
	it.each([
		[
			{ kind: 'manual', name: '3月议事会后' },
			{ key: 'versions.manual', values: { name: '3月议事会后' } },
		],
		[
			{ kind: 'auto', name: '' },
			{ key: 'versions.kindAuto', values: {} },
		],
		[
			{ kind: 'restore', name: '3月议事会后' },
			{ key: 'versions.kindRestore', values: { name: '3月议事会后' } },
		],
		[
			{ kind: 'restore', name: '' },
			{ key: 'versions.kindRestoreUnnamed', values: {} },
		],
	] as const)('%o', (version, label) => {
		expect(versionLabel(version)).toEqual(label)
	})
})

describe('versionNameProblem', () => {
	it('needs a name of 1 to 80 characters after trimming', () => {
		expect(versionNameProblem('   ')).toBe('versions.nameRequired')
		expect(versionNameProblem('议'.repeat(81))).toBe('versions.nameTooLong')
		expect(versionNameProblem(` ${'议'.repeat(80)} `)).toBeNull()
		expect(versionNameProblem('😀'.repeat(80))).toBeNull()
	})
})
