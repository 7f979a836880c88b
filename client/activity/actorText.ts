import type { TFunction } from 'i18next'
import type { ActivityActor } from '../../shared/activity/activityTypes'

/**
 * Who did something, in one phrase: the self-declared display name, then — recorded by the
 * server — the share link's label and role: "王芳（商户代表 · 编辑）", "李明（主持人）". The
 * server's own changes (no role) are "系统".
 */
export function actorText(actor: ActivityActor, t: TFunction): string {
	if (actor.role === null) return t('activity.system')
	const name = actor.name.trim() || t('activity.unnamed')
	const parts = [actor.linkLabel.trim(), actor.role ? t(`participants.role.${actor.role}`) : ''].filter(Boolean)
	if (parts.length === 0) return name
	return t('activity.actor', { name, parts: parts.join(t('activity.actorPartsSeparator')) })
}
