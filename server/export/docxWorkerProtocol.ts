import type { PlanDocument } from '../../shared/export/planBlocks'
import type { Plan, PlanLang } from '../../shared/plan/planTypes'
import type { DocxPicture } from './fitPictures'

/** One 项目计划书 export job, as the main thread sends it to the worker (the worker answers with the file's bytes). */
export type PlanDocxJob = {
	plan: Plan
	lang: PlanLang
	pictures?: DocxPicture[]
	canvasPng?: Uint8Array
	contactPhone?: string | null
}

/** One 会议纪要 export job: the document, already built (the worker lays it out). */
export type MinutesDocxJob = {
	minutes: PlanDocument
}

/** One Word export job. */
export type DocxWorkerJob = PlanDocxJob | MinutesDocxJob
