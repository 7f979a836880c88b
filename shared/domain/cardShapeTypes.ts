import type { TLShape } from '@tldraw/tlschema'
import type { ActorProps, CardKind, NeedProps, ProjectProps, ResourceProps } from './cardProps'

/*
 * tldraw 5 types custom shapes by module augmentation: every entry of
 * `TLGlobalShapePropsMap` becomes a member of the `TLShape` union (through
 * `TLIndexedShapes`), so `TLShape<'need'>` is `TLBaseShape<'need', NeedProps>` and
 * `editor.createShape({ type: 'need', props })` type-checks. The interface is declared
 * in `@tldraw/tlschema`; `tldraw` and `@tldraw/tldraw` re-export that same declaration,
 * so one augmentation here covers the client and the server.
 */
declare module '@tldraw/tlschema' {
	interface TLGlobalShapePropsMap {
		need: NeedProps
		resource: ResourceProps
		actor: ActorProps
		project: ProjectProps
	}
}

/** A 需求 card on the canvas. */
export type TLNeedShape = TLShape<'need'>

/** A 资源 card on the canvas. */
export type TLResourceShape = TLShape<'resource'>

/** A 主体 card on the canvas. */
export type TLActorShape = TLShape<'actor'>

/** A 项目 card on the canvas. */
export type TLProjectShape = TLShape<'project'>

/** Any card on the canvas; narrow on `type`. */
export type TLCardShape = TLShape<CardKind>
