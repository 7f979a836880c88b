import { BaseBoxShapeUtil, resizeBox, type TLResizeInfo } from '@tldraw/tldraw'
import { defaultCardProps } from '../../shared/domain/cardDefaults'
import type { CardKind, CardPropsByKind } from '../../shared/domain/cardProps'
import type { TLCardShape } from '../../shared/domain/cardShapeTypes'
import { CardView } from './CardView'

/** Smallest size a card can be resized to. */
export const MIN_CARD_SIZE = { w: 150, h: 90 } as const

/**
 * What the four card kinds share: a resizable box, not rotatable, whose title can be
 * edited in place, drawn by CardView. Subclasses set `type`, `props` and `migrations`
 * from the shared domain model, so the server builds the very same schema.
 */
export abstract class CardShapeUtil<S extends TLCardShape> extends BaseBoxShapeUtil<S> {
	abstract readonly kind: CardKind

	override getDefaultProps(): S['props'] {
		return defaultCardProps(this.kind) as S['props']
	}

	override canEdit(): boolean {
		return true
	}

	override hideRotateHandle(): boolean {
		return true
	}

	override onResize(shape: S, info: TLResizeInfo<S>) {
		return resizeBox(shape, info, { minWidth: MIN_CARD_SIZE.w, minHeight: MIN_CARD_SIZE.h })
	}

	override component(shape: S) {
		return <CardView id={shape.id} kind={this.kind} props={shape.props as CardPropsByKind[CardKind]} />
	}

	override getIndicatorPath(shape: S): Path2D {
		const path = new Path2D()
		path.roundRect(0, 0, shape.props.w, shape.props.h, 10)
		return path
	}
}
