import { defineConfig } from 'vitest/config'

/**
 * Test files that assert on time (an event-loop gap, a refusal within N ms, a socket closed
 * within a second): they run alone, one file at a time, so other files' load cannot stretch
 * their figures. Everything else runs three files at a time: most integration tests wait on
 * sockets and child processes, so even two cores overlap them well.
 */
const TIMED_FILES = [
	'server/test/docxWorker.test.ts',
	'server/test/importLimits.test.ts',
	'server/test/fuzzRest.test.ts',
	'server/test/fuzzSync.test.ts',
	'server/test/compiledServer.test.ts',
	'server/test/cluster*.test.ts',
	'server/test/auth.test.ts',
	'server/test/connections.test.ts',
	'server/test/hostileClients.test.ts',
	'server/metrics/readiness.test.ts',
	'server/storage/sqliteWal.test.ts',
	'shared/import/placeImportedCards.test.ts',
	'shared/import/parseCsv.test.ts',
	'client/sync/bindStoreToYDoc.test.ts',
]

const ALL_FILES = ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts']

/**
 * `VITEST_PART=parallel` runs every file but the timed ones, three at a time; `VITEST_PART=timed`
 * runs the timed ones one at a time (`npm run test:unit` runs both). Unset: every file, one at a
 * time, as before (what `npx vitest run <file>` uses).
 */
const part = process.env.VITEST_PART

export default defineConfig({
	test: {
		include: part === 'timed' ? TIMED_FILES : ALL_FILES,
		exclude: part === 'parallel' ? ['**/node_modules/**', ...TIMED_FILES] : ['**/node_modules/**'],
		maxWorkers: part === 'parallel' ? 3 : 1,
		environment: 'node',
		// Three files share two cores in the parallel part: a Word export that takes 5 s alone
		// may take 20 s there.
		testTimeout: part === 'parallel' ? 60_000 : 20_000,
		hookTimeout: part === 'parallel' ? 60_000 : 20_000,
	},
})
