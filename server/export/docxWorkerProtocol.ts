import type { Plan, PlanLang } from '../../shared/plan/planTypes'
import type { DocxPicture } from './fitPictures'

/** One Word export job, as the main thread sends it to the worker (the worker answers with the file's bytes). */
export type DocxWorkerJob = {
	plan: Plan
	lang: PlanLang
	pictures?: DocxPicture[]
	canvasPng?: Uint8Array
	contactPhone?: string | null
}
