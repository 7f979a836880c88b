import { type Computed, computed, type Editor } from '@tldraw/tldraw'
import { needPriorities } from '../../shared/plan/needPriorities'

type PriorityMap = ReadonlyMap<string, number>

const byEditor = new WeakMap<Editor, Computed<PriorityMap>>()

/**
 * The 优先级 of every need card on the board (their rank by 票数, see needPriorities), as
 * one signal per editor: cards, the inspector and the 需求清单 read it instead of each
 * ranking every need again.
 */
export function needPrioritiesOf(editor: Editor): PriorityMap {
	let signal = byEditor.get(editor)
	if (!signal) {
		const needs = editor.store.query.records('shape', () => ({ type: { eq: 'need' } }))
		signal = computed<PriorityMap>('need priorities', () =>
			needPriorities(needs.get().map((s) => ({ id: s.id, votes: Number((s.props as { votes?: number }).votes ?? 0) }))),
		)
		byEditor.set(editor, signal)
	}
	return signal.get()
}
