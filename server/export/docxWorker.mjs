// Entry point of the Word export worker thread when run from the sources (see docxInWorker.ts
// and server/workers/workerEntryUrl.ts); the build bundles docxWorker.ts itself into
// dist/server/docxWorker.js, which needs no tsx.
//
// A worker starts as a plain Node.js thread: on Node 20 the TypeScript loader the main
// thread runs under (`node --import tsx server/main.ts` or Vitest's own
// transform) is not inherited by workers, and `execArgv: ['--import', 'tsx']` does
// not help either (the worker still fails with "Unknown file extension .ts"). So this
// small JavaScript file registers tsx for itself with `tsImport` and loads the
// TypeScript worker, which imports planToDocx and its dependencies through tsx.
import { tsImport } from 'tsx/esm/api'

await tsImport('./docxWorker.ts', import.meta.url)
