import { resourceShapeMigrations } from '../../shared/domain/cardMigrations'
import type { TLResourceShape } from '../../shared/domain/cardShapeTypes'
import { resourceShapeProps } from '../../shared/domain/cardValidators'
import { CardShapeUtil } from './CardShapeUtil'

/** The Resource card: a tldraw shape whose props are the domain fields. */
export class ResourceShapeUtil extends CardShapeUtil<TLResourceShape> {
	static override type = 'resource' as const
	static override props = resourceShapeProps
	static override migrations = resourceShapeMigrations
	override readonly kind = 'resource' as const
}
