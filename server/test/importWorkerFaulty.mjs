// An import worker that misbehaves on request, for importWorker.test.ts: a csv file
// whose text is "crash" makes the thread exit, "hang" makes it spin forever, "oom"
// makes it allocate until it passes its heap limit; any other file is read by the real
// worker (loaded below, after this listener, so this one sees each message first).
import { parentPort } from 'node:worker_threads'

parentPort?.on('message', (request) => {
	const data = request?.payload?.data
	const text = data ? Buffer.from(data).toString('utf8') : ''
	if (text === 'crash') process.exit(3)
	if (text === 'hang') for (;;) {}
	if (text === 'oom') {
		const hoard = []
		for (;;) hoard.push(new Array(1_000_000).fill(hoard.length))
	}
})

await import('../import/importWorker.mjs')
