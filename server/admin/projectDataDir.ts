import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The project's root: the nearest directory above this module holding package.json (so
 * it is found from `server/admin/` and from a compiled `dist/server/admin/` alike).
 */
export function projectRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
	let dir = from
	for (;;) {
		if (fs.existsSync(path.join(dir, 'package.json'))) return dir
		const up = path.dirname(dir)
		if (up === dir) return process.cwd()
		dir = up
	}
}

/** The data directory as the server finds it: `DATA_DIR`, else `./data` under the project root. */
export function defaultDataDir(env: NodeJS.ProcessEnv): string {
	return path.resolve(env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : path.join(projectRoot(), 'data'))
}
