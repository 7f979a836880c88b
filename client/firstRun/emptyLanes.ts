import type { CardKind } from '../../shared/domain/cardProps'
import { type Box, boxContains } from './boxGeometry'

/** A template frame that says which kind of card belongs in it. */
export interface LaneArea<Id extends string = string> {
	readonly id: Id
	readonly kind: CardKind
	readonly box: Box
}

function holds(box: Box, point: { x: number; y: number }): boolean {
	return point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h
}

/**
 * The lanes that wait for their first card: lanes holding no other lane (a stakeholder
 * grid's area holds its four quadrants; only the quadrants are asked to be filled) and
 * no card whose centre lies inside them.
 */
export function emptyLeafLanes<Id extends string>(
	lanes: readonly LaneArea<Id>[],
	cardCentres: readonly { x: number; y: number }[],
): LaneArea<Id>[] {
	return lanes.filter(
		(lane) =>
			!lanes.some((other) => other.id !== lane.id && boxContains(lane.box, other.box)) &&
			!cardCentres.some((c) => holds(lane.box, c)),
	)
}
