import { projectShapeMigrations } from '../../shared/domain/cardMigrations'
import type { TLProjectShape } from '../../shared/domain/cardShapeTypes'
import { projectShapeProps } from '../../shared/domain/cardValidators'
import { CardShapeUtil } from './CardShapeUtil'

/** The Project card: a tldraw shape whose props are the domain fields. */
export class ProjectShapeUtil extends CardShapeUtil<TLProjectShape> {
	static override type = 'project' as const
	static override props = projectShapeProps
	static override migrations = projectShapeMigrations
	override readonly kind = 'project' as const
}
