import { describe, expect, it } from 'vitest'
import { workerEntryUrl } from './workerEntryUrl'

describe('workerEntryUrl', () => {
	it('loads the tsx loader beside a TypeScript source module', () => {
		expect(workerEntryUrl('file:///app/server/export/docxInWorker.ts', 'docxWorker').href).toBe(
			'file:///app/server/export/docxWorker.mjs',
		)
	})

	it('loads the bundled worker beside a built module', () => {
		expect(workerEntryUrl('file:///app/dist/server/main.js', 'importWorker').href).toBe(
			'file:///app/dist/server/importWorker.js',
		)
	})

	it('refuses a name that is not a plain file name', () => {
		expect(() => workerEntryUrl('file:///app/dist/server/main.js', '../x')).toThrow(/invalid worker name/)
	})
})
