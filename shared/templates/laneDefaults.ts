import type { CardKind, CardPropsByKind } from '../domain/cardProps'
import { SECTORS } from '../domain/enums'
import { type Level, readLaneMeta } from './laneMeta'

/**
 * What a new card dropped in a lane starts with: the card kind that belongs there and
 * the props the lane implies (a sector, a dispatch status, a stakeholder-grid score).
 * Empty when the frame says nothing about cards.
 */
export type LaneDefaults =
	| { kind?: undefined }
	| { [K in CardKind]: { kind: K } & Partial<CardPropsByKind[K]> }[CardKind]

/** The influence / interest score a stakeholder-grid quadrant gives a new actor. */
export const LEVEL_SCORE: Record<Level, number> = { high: 4, low: 2 }

/**
 * The defaults of a new card dropped in the frame whose `meta` is given (the frame's
 * whole `meta`, which holds the lane at `meta.niudai`). Pure; never throws.
 */
export function laneDefaults(meta: unknown): LaneDefaults {
	const lane = readLaneMeta(meta)
	switch (lane?.laneKind) {
		case 'need':
			return { kind: 'need' }
		case 'resource': {
			const sector = SECTORS.find((s) => s.value === lane.sector)?.value
			return sector ? { kind: 'resource', sector } : { kind: 'resource' }
		}
		case 'actor': {
			const out: LaneDefaults = { kind: 'actor' }
			if (lane.sector) out.sector = lane.sector
			if (lane.influence) out.influence = LEVEL_SCORE[lane.influence]
			if (lane.interest) out.interest = LEVEL_SCORE[lane.interest]
			return out
		}
		case 'project':
			return lane.status ? { kind: 'project', status: lane.status } : { kind: 'project' }
		default:
			return {}
	}
}
