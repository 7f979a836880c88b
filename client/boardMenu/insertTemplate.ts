import type { Editor, TLShape } from '@tldraw/tldraw'
import { createTemplateContext } from '../../shared/templates/createTemplateContext'
import { fillDocumentMeta, templateDocumentMeta } from '../../shared/templates/mergeTemplateRecords'
import type { TemplateId } from '../../shared/templates/templateIds'
import { getTemplate } from '../../shared/templates/templateRegistry'

/** Gap between existing content and an inserted template, in page units. */
const INSERT_GAP = 200

/**
 * Inserts a template into the current page, to the right of what is already there,
 * as one undoable change, and brings it into view. Returns the number of shapes added.
 */
export function insertTemplate(editor: Editor, id: TemplateId, lang: 'zh' | 'en'): number {
	const template = getTemplate(id)
	if (!template) return 0
	const pageBounds = editor.getCurrentPageBounds()
	const origin = pageBounds
		? { x: pageBounds.maxX + INSERT_GAP, y: pageBounds.minY }
		: { x: editor.getViewportPageBounds().minX + 40, y: editor.getViewportPageBounds().minY + 40 }
	const topLevel = editor.getSortedChildIdsForParent(editor.getCurrentPageId())
	const last = topLevel.length > 0 ? editor.getShape(topLevel[topLevel.length - 1]) : undefined
	const built = template.build(
		createTemplateContext({ pageId: editor.getCurrentPageId(), origin, lang, indexAbove: last?.index ?? null }),
	)
	// The template's 计划书信息 only fills what the board's document meta leaves empty.
	const meta = fillDocumentMeta(editor.getDocumentSettings().meta, templateDocumentMeta(built))
	const records = built.filter((r) => r.typeName !== 'document')
	if (records.length === 0 && !meta) return 0
	editor.markHistoryStoppingPoint(`insert template ${id}`)
	editor.run(() => {
		editor.store.put(records)
		if (meta) editor.updateDocumentSettings({ meta })
	})
	const shapes = records.filter((r): r is TLShape => r.typeName === 'shape')
	const bounds = editor.getShapesPageBounds(shapes.map((s) => s.id))
	if (bounds) editor.zoomToBounds(bounds, { animation: { duration: 300 } })
	return shapes.length
}
