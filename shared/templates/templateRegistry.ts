import { allocationTemplate } from './allocationTemplate'
import { blankTemplate } from './blankTemplate'
import { exampleTemplate } from './exampleTemplate'
import { fullCycleTemplate } from './fullCycleTemplate'
import { identificationTemplate } from './identificationTemplate'
import { stakeholderGridTemplate } from './stakeholderGridTemplate'
import { TEMPLATE_IDS, type TemplateId } from './templateIds'
import type { BoardTemplate, TemplateInfo } from './templateTypes'
import { utilizationTemplate } from './utilizationTemplate'

/** The template ids (from templateIds.ts, which has no template code so the server's validator stays light). */
export { TEMPLATE_IDS, type TemplateId }

/** Every template by id; a test checks each one's own `id` matches its key. */
const BY_ID: Readonly<Record<TemplateId, BoardTemplate>> = {
	blank: blankTemplate,
	'full-cycle': fullCycleTemplate,
	identification: identificationTemplate,
	allocation: allocationTemplate,
	utilization: utilizationTemplate,
	'stakeholder-grid': stakeholderGridTemplate,
	example: exampleTemplate,
}

/** Every board template, in `TEMPLATE_IDS` order. */
export const TEMPLATES: readonly BoardTemplate[] = TEMPLATE_IDS.map((id) => BY_ID[id])

/** The template with `id`, or undefined when there is none. */
export function getTemplate(id: string): BoardTemplate | undefined {
	return Object.hasOwn(BY_ID, id) ? BY_ID[id as TemplateId] : undefined
}

/** What a template picker shows: every template's id, names and descriptions, without `build`. */
export function listTemplates(): TemplateInfo[] {
	return TEMPLATES.map(({ id, zh, en }) => ({ id, zh: { ...zh }, en: { ...en } }))
}
