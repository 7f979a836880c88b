import type { TFunction } from 'i18next'
import type { ActivityEntry } from '../../shared/activity/activityTypes'
import { CARD_KIND_LABELS, type FieldDescriptor, fieldsOfKind, LINK_FIELDS } from '../../shared/domain/cardFields'
import { type CardKind, isCardKind } from '../../shared/domain/cardProps'

/** Geometry keys an edit may name, shown as one word each. */
const GEOMETRY: Readonly<Record<string, 'activity.fieldPosition' | 'activity.fieldSize'>> = {
	x: 'activity.fieldPosition',
	y: 'activity.fieldPosition',
	rotation: 'activity.fieldPosition',
	w: 'activity.fieldSize',
	h: 'activity.fieldSize',
}

/**
 * The inspector's labels of the changed prop keys, each once, in the order given ("预算、活动安排");
 * a key no form shows keeps its name.
 */
export function fieldLabels(
	targetType: string | null,
	keys: readonly string[],
	lang: 'zh' | 'en',
	t: TFunction,
): string[] {
	const descriptors: readonly FieldDescriptor[] =
		targetType === 'link' ? LINK_FIELDS : targetType && isCardKind(targetType) ? fieldsOfKind(targetType) : []
	const labels = keys.map((key) => {
		const field = descriptors.find((f) => f.key === key)
		if (field) return field[lang]
		const geometry = GEOMETRY[key]
		return geometry ? t(geometry) : key
	})
	return [...new Set(labels)]
}

/** What a card kind is called inside a sentence (lower case in English). */
function kindWord(targetType: string | null, lang: 'zh' | 'en', t: TFunction): string {
	if (!targetType || !isCardKind(targetType)) return t('activity.card')
	const label = CARD_KIND_LABELS[targetType as CardKind][lang]
	return lang === 'en' ? label.toLowerCase() : label
}

/**
 * What an entry says happened, in plain words of the UI language: "创建了需求「老人助餐」",
 * "修改了项目「…」的 预算、活动安排", "停用了分享链接「居民代表」".
 */
export function activitySentence(entry: ActivityEntry, lang: 'zh' | 'en', t: TFunction): string {
	const title = entry.targetTitle.trim() || t('activity.untitled')
	const kind = kindWord(entry.targetType, lang, t)
	const edit = entry.kind === 'card_edited' || entry.kind === 'link_edited'
	if (edit && entry.fields.length > 0) {
		const fields = fieldLabels(entry.targetType, entry.fields, lang, t).join(t('activity.listSeparator'))
		return t(`activity.sentence.${entry.kind}_fields`, { kind, title, fields })
	}
	return t(`activity.sentence.${entry.kind}`, { kind, title })
}
