import { type Editor, renderPlaintextFromRichText, type TLArrowShape, toRichText } from '@tldraw/tldraw'
import type { LinkMeta } from '../../shared/domain/cardProps'
import { linkLabel } from '../../shared/domain/deriveLink'
import { jsonEqual } from '../../shared/jsonEqual'

/** The arrow meta key holding the label we generated last, so a label typed by a person is kept. */
const GENERATED_LABEL_KEY = 'linkLabel'

/**
 * Writes `link` into an arrow's meta (or removes it when null) and keeps the arrow's
 * canvas label in step — unless someone typed their own label. Writes nothing when
 * nothing changes, so every client can call it without ping-pong.
 */
export function applyLinkMeta(editor: Editor, arrow: TLArrowShape, link: LinkMeta | null, lang: 'zh' | 'en'): void {
	const { link: currentLink, [GENERATED_LABEL_KEY]: previousLabel, ...rest } = arrow.meta as Record<string, unknown>
	const label = link ? linkLabel(link, lang) : ''
	const currentText = renderPlaintextFromRichText(editor, arrow.props.richText)
	const labelIsOurs = currentText === '' || currentText === previousLabel
	const nextText = labelIsOurs ? label : currentText

	const nextMeta: Record<string, unknown> = { ...rest }
	if (link) nextMeta.link = link
	if (labelIsOurs && label) nextMeta[GENERATED_LABEL_KEY] = label
	else if (!labelIsOurs && previousLabel !== undefined) nextMeta[GENERATED_LABEL_KEY] = previousLabel

	const metaChanged = !jsonEqual(currentLink ?? null, link) || !jsonEqual(arrow.meta, nextMeta)
	const textChanged = nextText !== currentText
	if (!metaChanged && !textChanged) return
	// Not updateShape: it merges meta shallowly, so a removed link would stay.
	editor.store.update(arrow.id, (current) => {
		const next = current as TLArrowShape
		return {
			...next,
			meta: nextMeta as TLArrowShape['meta'],
			props: textChanged ? { ...next.props, richText: toRichText(nextText) } : next.props,
		}
	})
}
