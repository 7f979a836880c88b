import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The project's folder (the nearest one holding `package.json`) above the module at
 * `moduleUrl`: `server/..` when run from the sources, `dist/server/../..` when run from the
 * build. Defaults such as `./data` and `dist/client` are relative to it, whatever the
 * working directory.
 */
export function projectRoot(moduleUrl: string): string {
	const start = path.dirname(fileURLToPath(moduleUrl))
	for (let dir = start; ; dir = path.dirname(dir)) {
		if (fs.existsSync(path.join(dir, 'package.json'))) return dir
		if (path.dirname(dir) === dir) throw new Error(`no package.json in any folder above ${start}`)
	}
}
