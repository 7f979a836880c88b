import type { TFunction } from 'i18next'
import type { ActivityEntry } from '../../shared/activity/activityTypes'
import { CARD_KIND_LABELS, type FieldDescriptor, fieldsOfKind, LINK_FIELDS } from '../../shared/domain/cardFields'
import { type CardKind, isCardKind } from '../../shared/domain/cardProps'

/** Keys an edit may name that no form shows: where a card is, its size, its lock, a link's type. */
const OTHER_FIELDS: Readonly<Record<string, string>> = {
	position: 'activity.fieldPosition',
	size: 'activity.fieldSize',
	isLocked: 'activity.fieldLocked',
	type: 'activity.fieldType',
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
		// Mid-sentence in English: "edited status of need …".
		if (field) return lang === 'en' ? field.en.charAt(0).toLowerCase() + field.en.slice(1) : field.zh
		const other = OTHER_FIELDS[key]
		return other ? t(other) : key
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
