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

/** Prop migrations of the project card (no steps yet). */
export const projectShapeMigrations: TLPropsMigrations = createShapePropsMigrationSequence({ sequence: [] })

/** The prop migrations of every card kind. */
export const CARD_SHAPE_MIGRATIONS: Readonly<Record<CardKind, TLPropsMigrations>> = {
	need: needShapeMigrations,
	resource: resourceShapeMigrations,
	actor: actorShapeMigrations,
	project: projectShapeMigrations,
}
