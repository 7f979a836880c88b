import { ActorShapeUtil } from './ActorShapeUtil'
import { NeedShapeUtil } from './NeedShapeUtil'
import { ProjectShapeUtil } from './ProjectShapeUtil'
import { ResourceShapeUtil } from './ResourceShapeUtil'

/** The shape utils of the four card kinds, for the editor and the store. */
export const cardShapeUtils = [NeedShapeUtil, ResourceShapeUtil, ActorShapeUtil, ProjectShapeUtil] as const
