// Entry point of the Word export worker thread (see docxInWorker.ts).
//
// A worker starts as a plain Node.js thread: on Node 20 the TypeScript loader the main
// thread runs under (`tsx server/main.ts`, `node --import tsx`, or Vitest's own
// transform) is not inherited by workers, and `execArgv: ['--import', 'tsx']` does
// not help either (the worker still fails with "Unknown file extension .ts"). So this
// small JavaScript file registers tsx for itself with `tsImport` and loads the
// TypeScript worker, which imports planToDocx and its dependencies through tsx.
import { tsImport } from 'tsx/esm/api'

await tsImport('./docxWorker.ts', import.meta.url)
