/** A message from the main thread to a pool's worker: run one job. */
export type WorkerRequest<P> = { type: 'run'; id: number; payload: P }

/** A message from a pool's worker to the main thread. */
export type WorkerReply<R> =
	| { type: 'ready' }
	| { type: 'done'; id: number; result: R }
	| { type: 'failed'; id: number; error: { name: string; message: string; stack?: string } }
