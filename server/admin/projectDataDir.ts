import path from 'node:path'
import { projectRoot } from '../config/projectRoot'

/** The data directory as the server finds it: `DATA_DIR`, else `./data` under the project root. */
export function defaultDataDir(env: NodeJS.ProcessEnv): string {
	return path.resolve(
		env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : path.join(projectRoot(import.meta.url), 'data'),
	)
}
