import { BaseBoxShapeTool, type TLStateNodeConstructor } from '@tldraw/tldraw'

/** Click or drag on the canvas to add a 需求 Need card. */
export class NeedTool extends BaseBoxShapeTool {
	static override id = 'need'
	override shapeType = 'need' as const
}

/** Click or drag on the canvas to add a 资源 Resource card. */
export class ResourceTool extends BaseBoxShapeTool {
	static override id = 'resource'
	override shapeType = 'resource' as const
}

/** Click or drag on the canvas to add a 主体 Actor card. */
export class ActorTool extends BaseBoxShapeTool {
	static override id = 'actor'
	override shapeType = 'actor' as const
}

/** Click or drag on the canvas to add a 项目 Project card. */
export class ProjectTool extends BaseBoxShapeTool {
	static override id = 'project'
	override shapeType = 'project' as const
}

/** The card tools, in toolbar order. */
export const cardTools: TLStateNodeConstructor[] = [NeedTool, ResourceTool, ActorTool, ProjectTool]
