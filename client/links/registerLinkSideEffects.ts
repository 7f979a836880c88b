import type { Editor, TLArrowBinding, TLArrowShape, TLShapeId } from '@tldraw/tldraw'
import type { NeedProps } from '../../shared/domain/cardProps'
import { deriveLinkType, nextLinkMeta } from '../../shared/domain/deriveLink'
import { needStatusAfterLink } from '../../shared/domain/needStatus'
import { applyLinkMeta } from './applyLinkMeta'

/**
 * The link an arrow means now, from the kinds of the cards its two ends are bound to; a
 * need that a resource is allocated to or a project serves moves from 待认领 to 已匹配.
 */
export function syncArrowLink(editor: Editor, arrowId: TLShapeId, lang: 'zh' | 'en'): void {
	const arrow = editor.getShape<TLArrowShape>(arrowId)
	if (arrow?.type !== 'arrow') return
	const bindings = editor.getBindingsFromShape<TLArrowBinding>(arrow, 'arrow')
	const kindAt = (terminal: 'start' | 'end') => {
		const binding = bindings.find((b) => b.props.terminal === terminal)
		return binding ? (editor.getShape(binding.toId)?.type ?? null) : null
	}
	const type = deriveLinkType(kindAt('start'), kindAt('end'))
	applyLinkMeta(editor, arrow, nextLinkMeta(arrow.meta.link, type), lang)
	const endId = bindings.find((b) => b.props.terminal === 'end')?.toId
	const need = endId ? editor.getShape(endId) : undefined
	if (need?.type === 'need') {
		const status = needStatusAfterLink((need.props as NeedProps).status, type)
		if (status) editor.updateShape({ id: need.id, type: 'need', props: { status } } as never)
	}
}

/**
 * Keeps every arrow's link data in step with what it connects. Only this person's own
 * changes trigger it (remote changes arrive with their link data already written), so
 * clients never fight over a derived value.
 */
export function registerLinkSideEffects(editor: Editor, lang: () => 'zh' | 'en'): () => void {
	const onBinding = (binding: { type: string; fromId: TLShapeId }, source: 'user' | 'remote') => {
		if (source !== 'user' || binding.type !== 'arrow') return
		syncArrowLink(editor, binding.fromId, lang())
	}
	const cleanups = [
		editor.sideEffects.registerAfterCreateHandler('binding', (b, source) => onBinding(b, source)),
		editor.sideEffects.registerAfterChangeHandler('binding', (_prev, b, source) => onBinding(b, source)),
		editor.sideEffects.registerAfterDeleteHandler('binding', (b, source) => onBinding(b, source)),
	]
	return () => {
		for (const c of cleanups) c()
	}
}
