import { DISPATCH_STATUSES, SECTORS } from '../domain/enums'
import { EXAMPLE_ACTORS, type ExampleActorKey } from './exampleActors'
import { EXAMPLE_ALLOCATIONS, EXAMPLE_PROVIDES, EXAMPLE_SERVES } from './exampleLinks'
import { EXAMPLE_NEEDS, type ExampleNeedKey } from './exampleNeeds'
import { EXAMPLE_PROJECTS, type ExampleProjectKey } from './exampleProjects'
import { EXAMPLE_RESOURCES, type ExampleResourceKey } from './exampleResources'
import { IDENTIFICATION_COLUMNS } from './identificationStage'

/** The order the example's cards are laid out in, within each lane (row by row). */
export interface ExampleLayoutOrder {
	needs: ExampleNeedKey[]
	resources: ExampleResourceKey[]
	actors: ExampleActorKey[]
	projects: ExampleProjectKey[]
}

/** Resources that fund every project: they link everywhere, so they do not pull any project up or down. */
const EVERYWHERE = 4

function keysOf<K extends string>(record: Record<K, unknown>): K[] {
	return Object.keys(record) as K[]
}

function mean(values: readonly number[]): number | null {
	return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length
}

/** `keys` sorted by `key` (stable; keys without a value keep their place after the others). */
function byKey<K>(keys: readonly K[], key: (k: K) => number | null): K[] {
	const ranked = keys.map((k, i) => ({ k, i, v: key(k) }))
	ranked.sort((a, b) => (a.v ?? Number.POSITIVE_INFINITY) - (b.v ?? Number.POSITIVE_INFINITY) || a.i - b.i)
	return ranked.map((r) => r.k)
}

/**
 * Rows of the example's cards ordered so that links run mostly level and uncrossed (the
 * barycentre heuristic): each card goes to the height of the cards it links to. The
 * stages lie left to right — needs and actors, then the resource lanes 政府 / 市场 / 社会
 * stacked, then the 资源配置 lanes, then the projects by dispatch status — so a card's
 * height is estimated as its lane's place plus its row. Projects take the mean height of
 * the resources allocated to them (government money, which reaches every project, left
 * out), resources the mean row of the projects they go to, needs the rows of their
 * projects and resources, actors those of the resources they provide. Two rounds settle
 * it. Pure.
 */
export function exampleLayoutOrder(): ExampleLayoutOrder {
	const resourceKeys = keysOf(EXAMPLE_RESOURCES)
	const projectKeys = keysOf(EXAMPLE_PROJECTS)
	const fanOut = new Map<ExampleResourceKey, number>()
	for (const a of EXAMPLE_ALLOCATIONS) fanOut.set(a.resource, (fanOut.get(a.resource) ?? 0) + 1)

	let projects = projectKeys
	let resources = resourceKeys
	/** A project's row in its status lane. */
	const projectRow = (order: readonly ExampleProjectKey[]) => {
		const rows = new Map<ExampleProjectKey, number>()
		for (const status of DISPATCH_STATUSES) {
			order
				.filter((k) => EXAMPLE_PROJECTS[k].status === status.value)
				.forEach((k, i) => {
					rows.set(k, i)
				})
		}
		return rows
	}
	/** A resource's height: its sector lane (three rows each) plus its row in the lane, in project rows (÷ 3). */
	const resourceHeight = (order: readonly ExampleResourceKey[]) => {
		const heights = new Map<ExampleResourceKey, number>()
		SECTORS.forEach((sector, lane) => {
			order
				.filter((k) => EXAMPLE_RESOURCES[k].sector === sector.value)
				.forEach((k, i) => {
					heights.set(k, (lane * 3 + Math.floor(i / IDENTIFICATION_COLUMNS.resource)) / 3)
				})
		})
		return heights
	}
	for (let round = 0; round < 2; round++) {
		const rows = projectRow(projects)
		resources = byKey(resources, (r) =>
			mean(
				EXAMPLE_ALLOCATIONS.filter((a) => a.resource === r && 'project' in a.to).map(
					(a) => rows.get((a.to as { project: ExampleProjectKey }).project) ?? 0,
				),
			),
		)
		const heights = resourceHeight(resources)
		projects = byKey(projects, (p) =>
			mean(
				EXAMPLE_ALLOCATIONS.filter(
					(a) => 'project' in a.to && a.to.project === p && (fanOut.get(a.resource) ?? 0) < EVERYWHERE,
				).map((a) => heights.get(a.resource) ?? 0),
			),
		)
	}
	const rows = projectRow(projects)
	const heights = resourceHeight(resources)
	const needs = byKey(keysOf(EXAMPLE_NEEDS), (n) =>
		mean([
			...EXAMPLE_SERVES.filter(([, need]) => need === n).map(([p]) => rows.get(p) ?? 0),
			...EXAMPLE_ALLOCATIONS.filter((a) => 'need' in a.to && a.to.need === n).map((a) => heights.get(a.resource) ?? 0),
		]),
	)
	const actors = byKey(keysOf(EXAMPLE_ACTORS), (actor) =>
		mean(EXAMPLE_PROVIDES.filter(([a]) => a === actor).map(([, r]) => heights.get(r) ?? 0)),
	)
	return { needs, resources, actors, projects }
}
