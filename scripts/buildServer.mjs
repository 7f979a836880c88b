// The server's part of `npm run build` (scripts/build.mjs): each entry point below bundled by
// esbuild into one ES module in dist/server, packages from node_modules left as imports.
// Worker threads are entry points of their own, so `docxWorker.js` and `importWorker.js`
// sit next to `main.js`, where server/workers/workerEntryUrl.ts looks for them.
import fs from 'node:fs'
import path from 'node:path'

/** Output name (without .js) → source, relative to the project root. */
const ENTRY_POINTS = {
	main: 'server/main.ts',
	docxWorker: 'server/export/docxWorker.ts',
	importWorker: 'server/import/importWorker.ts',
	migrateSqliteToPostgres: 'server/migrateSqliteToPostgres.ts',
	// The admin CLI (`npm run admin`), once it exists.
	admin: 'server/admin/main.ts',
}

/** The entry points whose source exists, as esbuild's `{ out: in }`. */
export function serverEntryPoints(root) {
	return Object.fromEntries(
		Object.entries(ENTRY_POINTS)
			.filter(([, source]) => fs.existsSync(path.join(root, source)))
			.map(([out, source]) => [out, path.join(root, source)]),
	)
}

/** Bundles the server's entry points into `outDir` (created; expected empty). */
export async function buildServer({ root, outDir }) {
	const esbuild = await import('esbuild')
	const result = await esbuild.build({
		absWorkingDir: root,
		entryPoints: serverEntryPoints(root),
		outdir: outDir,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		sourcemap: true,
		// Names kept: logs and errors name classes (e.g. `storage: SqliteStorage`).
		keepNames: true,
		logLevel: 'warning',
		metafile: true,
	})
	const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'))
	for (const [file, info] of outputs) {
		console.log(`  server/${path.basename(file)}  ${Math.round(info.bytes / 1024)} kB`)
	}
	return result
}
