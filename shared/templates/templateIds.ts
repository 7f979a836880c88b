/** The id of every board template, in the order the template picker lists them. */
export const TEMPLATE_IDS = [
	'blank',
	'full-cycle',
	'identification',
	'allocation',
	'utilization',
	'stakeholder-grid',
	'example',
] as const

/** The id of a board template. */
export type TemplateId = (typeof TEMPLATE_IDS)[number]

/** True when `value` is the id of a template. */
export function isTemplateId(value: unknown): value is TemplateId {
	return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value)
}
