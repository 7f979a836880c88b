/**
 * Where a worker thread's entry point is, seen from the module that starts it
 * (`import.meta.url`):
 *
 * - run from the sources (tsx, Vitest: the module is a `.ts` file), `<name>.mjs` beside
 *   it, a small JavaScript file that loads the TypeScript worker through tsx (a worker
 *   does not inherit the main thread's TypeScript loader);
 * - run from the build (`node dist/server/main.js`: the module is bundled into a `.js`
 *   file), `<name>.js` beside the bundle — scripts/buildServer.mjs builds every worker as an
 *   entry point of its own into the same folder.
 */
export function workerEntryUrl(moduleUrl: string, name: string): URL {
	if (!/^[A-Za-z][\w-]*$/.test(name)) throw new Error(`invalid worker name "${name}"`)
	const fromSources = new URL(moduleUrl).pathname.endsWith('.ts')
	return new URL(fromSources ? `./${name}.mjs` : `./${name}.js`, moduleUrl)
}
