import type { Plan, PlanLang } from '../../shared/plan/planTypes'

/** A message from the main thread to the Word export worker. */
export type DocxWorkerRequest = {
	type: 'build'
	id: number
	plan: Plan
	lang: PlanLang
	canvasPng?: Uint8Array
}

/** A message from the Word export worker to the main thread. */
export type DocxWorkerReply =
	| { type: 'ready' }
	| { type: 'done'; id: number; data: ArrayBuffer }
	| { type: 'failed'; id: number; error: { name: string; message: string; stack?: string } }
