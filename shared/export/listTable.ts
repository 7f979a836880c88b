import {
	ACTIVITY_FIELDS,
	BUDGET_FIELDS,
	DISPATCH_STEP_FIELDS,
	type FieldDescriptor,
	INDICATOR_FIELDS,
	LINK_TYPE_LABELS,
	RISK_FIELDS,
} from '../domain/cardFields'
import {
	ACTOR_KINDS,
	ACTOR_ROLES,
	ACTOR_SECTORS,
	DISPATCH_STATUSES,
	enumLabel,
	MECHANISMS,
	NEED_CATEGORIES,
	NEED_SOURCES,
	NEED_STATUSES,
	RESOURCE_TYPES,
	SECTORS,
	STRATEGIES,
	URGENCIES,
} from '../domain/enums'
import type { ActorRow, MatchRow, NeedRow, Plan, PlanLang, ProjectRow, ResourceRow } from '../plan/planTypes'
import { LIST_ITEM_SEPARATOR, type ListColumn, type ListName, listColumns } from './listColumns'
import { formatTableCell } from './tableCell'

/** A cell of an exported list: text, or a number (written as a number in xlsx). '' is empty. */
export type ListCell = string | number

/** An exported list: its columns, header texts in the chosen language, and rows. */
export interface ListTable {
	readonly list: ListName
	readonly columns: readonly ListColumn[]
	readonly header: readonly string[]
	readonly rows: readonly (readonly ListCell[])[]
}

function num(value: number | null): ListCell {
	return value === null || !Number.isFinite(value) ? '' : value
}

function numText(value: number | null): string {
	return value === null || !Number.isFinite(value) ? '' : String(value)
}

function needCells(r: NeedRow, lang: PlanLang): Record<string, ListCell> {
	return {
		title: r.title,
		category: enumLabel(NEED_CATEGORIES, r.category, lang),
		targetGroup: r.targetGroup,
		beneficiaries: num(r.beneficiaries),
		urgency: enumLabel(URGENCIES, r.urgency, lang),
		source: enumLabel(NEED_SOURCES, r.source, lang),
		raisedBy: r.raisedBy,
		location: r.location,
		status: enumLabel(NEED_STATUSES, r.status, lang),
		votes: num(r.votes),
		priority: num(r.priority),
		description: r.description,
	}
}

function resourceCells(r: ResourceRow, lang: PlanLang): Record<string, ListCell> {
	return {
		title: r.title,
		sector: enumLabel(SECTORS, r.sector, lang),
		resourceType: enumLabel(RESOURCE_TYPES, r.resourceType, lang),
		provider: r.provider,
		quantity: num(r.quantity),
		unit: r.unit,
		availability: r.availability,
		location: r.location,
		conditions: r.conditions,
		description: r.description,
		contact: r.contact ?? '',
	}
}

/**
 * A table prop as one cell (`a | b | c` per line, see tableCell.ts), every column in the
 * order of its descriptors: enum values as labels, numbers as numbers (empty when unset).
 */
function tableText(columns: readonly FieldDescriptor[], rows: readonly object[], lang: PlanLang): string {
	return formatTableCell(
		rows.map((row) =>
			columns.map((col) => {
				const value = (row as Record<string, unknown>)[col.key]
				if (col.input === 'enum') return enumLabel(col.options ?? [], String(value ?? ''), lang)
				if (col.input === 'number') return numText(typeof value === 'number' ? value : null)
				return typeof value === 'string' ? value : ''
			}),
		),
	)
}

function projectCells(r: ProjectRow, lang: PlanLang): Record<string, ListCell> {
	return {
		title: r.title,
		targetGroup: r.targetGroup,
		status: enumLabel(DISPATCH_STATUSES, r.status, lang),
		leadActor: r.leadActor,
		partners: r.partners.join(LIST_ITEM_SEPARATOR),
		directBeneficiaries: num(r.directBeneficiaries),
		indirectBeneficiaries: num(r.indirectBeneficiaries),
		startDate: r.startDate,
		endDate: r.endDate,
		goal: r.goal,
		risks: tableText(RISK_FIELDS, r.risks, lang),
		activities: tableText(ACTIVITY_FIELDS, r.activities, lang),
		budget: tableText(BUDGET_FIELDS, r.budget, lang),
		indicators: tableText(INDICATOR_FIELDS, r.indicators, lang),
		publisher: r.publisher,
		applicant: r.applicant,
		coordinator: r.coordinator,
		executor: r.executor,
		dispatchTrail: tableText(DISPATCH_STEP_FIELDS, r.dispatchTrail, lang),
		description: r.description,
	}
}

function matchCells(m: MatchRow, lang: PlanLang): Record<string, ListCell> {
	const cells: Record<string, ListCell> = {
		type: LINK_TYPE_LABELS[m.type][lang],
		mechanism: m.mechanism === '' ? '' : enumLabel(MECHANISMS, m.mechanism, lang),
		strategy: m.strategy === '' ? '' : enumLabel(STRATEGIES, m.strategy, lang),
		quantity: num(m.quantity),
		unit: m.unit,
		note: m.note,
	}
	cells[m.fromKind] = m.from
	cells[m.toKind] = m.to
	return cells
}

function actorCells(r: ActorRow, lang: PlanLang): Record<string, ListCell> {
	return {
		title: r.title,
		sector: enumLabel(ACTOR_SECTORS, r.sector, lang),
		actorKind: enumLabel(ACTOR_KINDS, r.actorKind, lang),
		roles: r.roles.map((v) => enumLabel(ACTOR_ROLES, v, lang)).join(LIST_ITEM_SEPARATOR),
		influence: num(r.influence),
		interest: num(r.interest),
		description: r.description,
		contact: r.contact ?? '',
	}
}

function cellsOf(plan: Plan, list: ListName, lang: PlanLang): Record<string, ListCell>[] {
	switch (list) {
		case 'needs':
			return plan.needs.map((r) => needCells(r, lang))
		case 'resources':
			return plan.resources.map((r) => resourceCells(r, lang))
		case 'projects':
			return plan.projects.map((r) => projectCells(r, lang))
		case 'matches':
			return plan.matches.map((r) => matchCells(r, lang))
		case 'actors':
			return plan.actors.map((r) => actorCells(r, lang))
	}
}

/**
 * One list of `plan` as a table, for csv and xlsx: the columns of `LIST_COLUMNS`
 * (联系方式 only when the plan includes private fields), headers in `lang`, enum
 * values as their labels in `lang`, numbers as numbers, empty values as ''. Rows keep
 * the plan's order.
 */
export function listTable(plan: Plan, list: ListName, lang: PlanLang): ListTable {
	const columns = listColumns(list, plan.includePrivate)
	const rows = cellsOf(plan, list, lang).map((cells) => columns.map((c) => cells[c.key] ?? ''))
	return { list, columns, header: columns.map((c) => c[lang]), rows }
}
