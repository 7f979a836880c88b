import { defineConfig } from 'vitest/config'

export default defineConfig({
	test: {
		include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 20_000,
	},
})
