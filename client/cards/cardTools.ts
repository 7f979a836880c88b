import { BaseBoxShapeTool, type TLKeyboardEventInfo, type TLStateNodeConstructor } from '@tldraw/tldraw'
import type { CardKind } from '../../shared/domain/cardProps'
import { createCardAt } from '../firstRun/createCardInLane'
import { focusInspectorSoon } from '../firstRun/focusInspector'

/**
 * Click or drag on the canvas to add a card — or, without a pointer (WCAG 2.1.1), press
 * Enter while the tool is chosen (its key 1–4, then Enter; Enter on its toolbar button
 * does the same, see registerCardToolKeys): the card is added in the middle of the view,
 * inside the lane there, and its first field takes the focus.
 */
abstract class CardTool extends BaseBoxShapeTool {
	abstract override shapeType: CardKind

	override onKeyUp(info: TLKeyboardEventInfo) {
		if (info.key !== 'Enter' || this.getCurrent()?.id !== 'idle' || this.editor.getIsReadonly()) return
		const id = createCardAt(this.editor, this.shapeType, null)
		focusInspectorSoon(this.editor, id)
	}
}

/** Adds a 需求 Need card. */
export class NeedTool extends CardTool {
	static override id = 'need'
	override shapeType = 'need' as const
}

/** Adds a 资源 Resource card. */
export class ResourceTool extends CardTool {
	static override id = 'resource'
	override shapeType = 'resource' as const
}

/** Adds a 主体 Actor card. */
export class ActorTool extends CardTool {
	static override id = 'actor'
	override shapeType = 'actor' as const
}

/** Adds a 项目 Project card. */
export class ProjectTool extends CardTool {
	static override id = 'project'
	override shapeType = 'project' as const
}

/** The card tools, in toolbar order. */
export const cardTools: TLStateNodeConstructor[] = [NeedTool, ResourceTool, ActorTool, ProjectTool]
