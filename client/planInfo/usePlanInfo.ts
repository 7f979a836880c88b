import { type Editor, useEditor, useValue } from '@tldraw/tldraw'
import { jsonEqual } from '../../shared/jsonEqual'
import { type PlanInfo, planInfoMetaKey, readPlanInfo, volunteerHourValue } from '../../shared/plan/planInfo'

/** The board's 计划书信息, live: read from the tldraw document record's `meta`. */
export function usePlanInfo(): PlanInfo {
	const editor = useEditor()
	return useValue('plan info', () => readPlanInfo(editor.getDocumentSettings().meta), [editor])
}

/** What one volunteer hour is worth on this board (元), live. */
export function useVolunteerHourValue(): number {
	const editor = useEditor()
	return useValue('volunteer hour value', () => volunteerHourValue(readPlanInfo(editor.getDocumentSettings().meta)), [
		editor,
	])
}

/** Typing in one field within this long of the last keystroke stays one undo step (ms). */
const UNDO_GROUP_MS = 1500
let lastEdit: { editor: Editor; key: string; at: number } | null = null

/**
 * Writes one plan-info field into the document record's `meta` (its own key, so people
 * editing different fields at once never overwrite each other). A store change like any
 * other: synced to everyone and undoable; a burst of typing in one field is one undo step.
 */
export function writePlanInfoField(editor: Editor, key: keyof PlanInfo, value: string | number | null): void {
	const doc = editor.getDocumentSettings()
	const metaKey = planInfoMetaKey(key)
	if (jsonEqual(doc.meta[metaKey] ?? null, value)) return
	const now = Date.now()
	if (!lastEdit || lastEdit.editor !== editor || lastEdit.key !== key || now - lastEdit.at > UNDO_GROUP_MS) {
		editor.markHistoryStoppingPoint(`plan-info:${key}`)
	}
	lastEdit = { editor, key, at: now }
	editor.store.put([{ ...doc, meta: { ...doc.meta, [metaKey]: value } }])
}
