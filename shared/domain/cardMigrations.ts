import {
	createShapePropsMigrationIds,
	createShapePropsMigrationSequence,
	type TLPropsMigrations,
} from '@tldraw/tlschema'
import type { CardKind } from './cardProps'
import { enumValues, URGENCIES, type Urgency } from './enums'

/*
 * Versioned prop migrations of the cards, one sequence per kind, in tldraw's format:
 * the sequence of kind `k` is `com.tldraw.shape.k`, and a board's stored schema says
 * how many of its steps the stored records have been through. Boards migrate on load.
 *
 * Rules for a new step: append it, never edit or reorder an old one; make `up` accept
 * props that are already current (a board whose stored schema predates a sequence
 * replays it from the start); give it a `down` when the change can be undone.
 */

/** Migration ids of the need card; the number is the props version the step produces. */
export const needShapeVersions = createShapePropsMigrationIds('need', {
	/** Version 1: the first need card (urgency 1 | 2 | 3, no votes). */
	Initial: 1,
	/** Version 2: urgency as 'high' | 'medium' | 'low', and `votes`. */
	UrgencyWordsAndVotes: 2,
})

/** Version-1 urgency numbers (1 = high, 2 = medium, 3 = low) and the words that replaced them. */
export const URGENCY_BY_NUMBER: Readonly<Record<1 | 2 | 3, Urgency>> = { 1: 'high', 2: 'medium', 3: 'low' }

const URGENCY_NUMBER: Readonly<Record<Urgency, 1 | 2 | 3>> = { high: 1, medium: 2, low: 3 }

const urgencies: readonly unknown[] = enumValues(URGENCIES)

function isUrgency(value: unknown): value is Urgency {
	return urgencies.includes(value)
}

function urgencyFromV1(value: unknown): Urgency {
	if (value === 1 || value === 2 || value === 3) return URGENCY_BY_NUMBER[value]
	if (isUrgency(value)) return value
	return 'medium'
}

/** Prop migrations of the need card. */
export const needShapeMigrations: TLPropsMigrations = createShapePropsMigrationSequence({
	sequence: [
		{
			id: needShapeVersions.Initial,
			up: (_props: Record<string, unknown>) => {
				// The first version: nothing to change.
			},
			down: (_props: Record<string, unknown>) => {
				// Nothing before the first version.
			},
		},
		{
			id: needShapeVersions.UrgencyWordsAndVotes,
			up: (props: Record<string, unknown>) => {
				props.urgency = urgencyFromV1(props.urgency)
				if (typeof props.votes !== 'number' || !Number.isInteger(props.votes) || props.votes < 0) props.votes = 0
			},
			down: (props: Record<string, unknown>) => {
				props.urgency = isUrgency(props.urgency) ? URGENCY_NUMBER[props.urgency] : 2
				delete props.votes
			},
		},
	],
})

/** Prop migrations of the resource card (no steps yet). */
export const resourceShapeMigrations: TLPropsMigrations = createShapePropsMigrationSequence({ sequence: [] })

/** Prop migrations of the actor card (no steps yet). */
export const actorShapeMigrations: TLPropsMigrations = createShapePropsMigrationSequence({ sequence: [] })

/** Migration ids of the project card. */
export const projectShapeVersions = createShapePropsMigrationIds('project', {
	/**
	 * Version 1: plan content — activities with place and participants, budget lines with
	 * category, quantity × unit price and in-kind, indicators with a baseline, risks as a
	 * table, the dispatch roles and a dated dispatch trail.
	 */
	PlanContent: 1,
})

function objectList(value: unknown): Record<string, unknown>[] {
	return Array.isArray(value)
		? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
		: []
}

/** Version-0 risks (one text) as rows: one row per non-empty paragraph, responses empty. */
export function risksFromText(text: unknown): { risk: string; response: string }[] {
	if (Array.isArray(text))
		return objectList(text).map((r) => ({ risk: String(r.risk ?? ''), response: String(r.response ?? '') }))
	if (typeof text !== 'string') return []
	return text
		.split(/\n\s*\n|\n/)
		.map((t) => t.trim())
		.filter((t) => t !== '')
		.map((risk) => ({ risk, response: '' }))
}

/** Prop migrations of the project card. */
export const projectShapeMigrations: TLPropsMigrations = createShapePropsMigrationSequence({
	sequence: [
		{
			id: projectShapeVersions.PlanContent,
			up: (props: Record<string, unknown>) => {
				props.activities = objectList(props.activities).map((a) => ({
					date: a.date ?? '',
					content: a.content ?? '',
					place: a.place ?? '',
					owner: a.owner ?? '',
					participants: a.participants ?? '',
				}))
				props.budget = objectList(props.budget).map((b) => ({
					category: b.category ?? 'other',
					item: b.item ?? '',
					quantity: b.quantity ?? null,
					unit: b.unit ?? '',
					unitPrice: b.unitPrice ?? null,
					amount: b.amount ?? null,
					source: b.source ?? 'govPurchase',
					form: b.form === 'inKind' ? 'inKind' : 'cash',
				}))
				props.indicators = objectList(props.indicators).map((i) => ({
					name: i.name ?? '',
					dimension: i.dimension ?? 'effectiveness',
					baseline: i.baseline ?? null,
					target: i.target ?? null,
					actual: i.actual ?? null,
					unit: i.unit ?? '',
				}))
				props.risks = risksFromText(props.risks)
				for (const key of ['publisher', 'applicant', 'coordinator', 'executor']) {
					if (typeof props[key] !== 'string') props[key] = ''
				}
				props.dispatchTrail = objectList(props.dispatchTrail).map((s) => ({
					stage: s.stage ?? 'published',
					date: s.date ?? '',
					by: s.by ?? '',
					note: s.note ?? '',
				}))
			},
			down: (props: Record<string, unknown>) => {
				props.activities = objectList(props.activities).map((a) => ({
					date: a.date,
					content: a.content,
					owner: a.owner,
				}))
				props.budget = objectList(props.budget).map((b) => ({ item: b.item, amount: b.amount, source: b.source }))
				props.indicators = objectList(props.indicators).map((i) => ({
					name: i.name,
					dimension: i.dimension,
					target: i.target,
					actual: i.actual,
					unit: i.unit,
				}))
				props.risks = objectList(props.risks)
					.map((r) => [r.risk, r.response].filter((t) => typeof t === 'string' && t !== '').join('：'))
					.join('\n')
				for (const key of ['publisher', 'applicant', 'coordinator', 'executor', 'dispatchTrail']) delete props[key]
			},
		},
	],
})

/** The prop migrations of every card kind. */
export const CARD_SHAPE_MIGRATIONS: Readonly<Record<CardKind, TLPropsMigrations>> = {
	need: needShapeMigrations,
	resource: resourceShapeMigrations,
	actor: actorShapeMigrations,
	project: projectShapeMigrations,
}
