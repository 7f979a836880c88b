import type { Plan, PlanLang } from '../../shared/plan/planTypes'

/** One Word export job, as the main thread sends it to the worker (the worker answers with the file's bytes). */
export type DocxWorkerJob = {
	plan: Plan
	lang: PlanLang
	canvasPng?: Uint8Array
}
