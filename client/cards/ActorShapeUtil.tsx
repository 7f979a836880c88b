import { actorShapeMigrations } from '../../shared/domain/cardMigrations'
import type { TLActorShape } from '../../shared/domain/cardShapeTypes'
import { actorShapeProps } from '../../shared/domain/cardValidators'
import { CardShapeUtil } from './CardShapeUtil'

/** The Actor card: a tldraw shape whose props are the domain fields. */
export class ActorShapeUtil extends CardShapeUtil<TLActorShape> {
	static override type = 'actor' as const
	static override props = actorShapeProps
	static override migrations = actorShapeMigrations
	override readonly kind = 'actor' as const
}
