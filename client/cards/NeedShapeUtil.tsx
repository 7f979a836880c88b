import { needShapeMigrations } from '../../shared/domain/cardMigrations'
import type { TLNeedShape } from '../../shared/domain/cardShapeTypes'
import { needShapeProps } from '../../shared/domain/cardValidators'
import { CardShapeUtil } from './CardShapeUtil'

/** The Need card: a tldraw shape whose props are the domain fields. */
export class NeedShapeUtil extends CardShapeUtil<TLNeedShape> {
	static override type = 'need' as const
	static override props = needShapeProps
	static override migrations = needShapeMigrations
	override readonly kind = 'need' as const
}
