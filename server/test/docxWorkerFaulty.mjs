// A Word export worker that misbehaves on request, for docxWorker.test.ts: a plan
// titled "crash" makes the thread exit mid-build, one titled "hang" makes it spin
// forever; any other plan is built by the real worker (loaded below, after this
// listener, so this one sees each message first).
import { parentPort } from 'node:worker_threads'

parentPort?.on('message', (request) => {
	if (request?.payload?.plan?.title === 'crash') process.exit(3)
	if (request?.payload?.plan?.title === 'hang') for (;;) {}
})

await import('../export/docxWorker.mjs')
