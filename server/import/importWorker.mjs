// Entry point of the import worker thread when run from the sources (see importInWorker.ts);
// the build bundles importWorker.ts into dist/server/importWorker.js. Like docxWorker.mjs:
// a worker does not inherit the TypeScript loader of the main thread, so this file
// registers tsx for itself and loads the TypeScript worker.
import { tsImport } from 'tsx/esm/api'

await tsImport('./importWorker.ts', import.meta.url)
