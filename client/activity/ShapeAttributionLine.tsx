import { useContext } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActivityActor } from '../../shared/activity/activityTypes'
import { BoardContext } from '../board/BoardContext'
import { useServerNow } from '../meeting/useServerNow'
import { actorText } from './actorText'
import { useShapeAttribution } from './useShapeAttribution'
import { fullWhenText, whenText } from './whenText'
import './activity.css'

/**
 * The inspector's "由 王芳（商户代表 · 编辑）创建 3月5日 14:02 · 李明（主持人）最后修改 10 分钟前"
 * for one card or link: asked from the server when the selection changes and again after the
 * shape changes (`version`). Offline it says so quietly; when nothing is known it shows nothing.
 */
export function ShapeAttributionLine({ shapeId, version }: { shapeId: string; version: unknown }) {
	const { t } = useTranslation()
	const board = useContext(BoardContext)
	const online = board?.connection !== 'offline'
	const state = useShapeAttribution(board?.board.id ?? '', shapeId, version, online)
	const now = useServerNow(state.kind === 'ok', 30_000)
	if (!board) return null
	if (state.kind === 'offline') {
		return (
			<p className="nd-attribution nd-muted" data-testid="shape-attribution" data-state="offline">
				{t('activity.offline')}
			</p>
		)
	}
	if (state.kind !== 'ok') return null
	const { created, lastModified } = state.attribution
	// Changed after it was made (a card only created shows just its creation).
	const modified = lastModified && (!created || lastModified.at > created.at) ? lastModified : null
	if (!created && !modified) return null
	const part = (
		key: 'activity.createdBy' | 'activity.modifiedBy',
		actor: ActivityActor,
		at: number,
		testId: string,
	) => (
		<span className="nd-attribution__part" data-testid={testId}>
			<span title={t('activity.note')}>{t(key, { who: actorText(actor, t) })}</span>{' '}
			<time className="nd-attribution__when" dateTime={new Date(at).toISOString()} title={fullWhenText(at, t)}>
				{whenText(at, now, t)}
			</time>
		</span>
	)
	return (
		<p className="nd-attribution" data-testid="shape-attribution" data-state="ok">
			{created && part('activity.createdBy', created.actor, created.at, 'shape-created-by')}
			{created && modified && <span className="nd-attribution__sep"> · </span>}
			{modified && part('activity.modifiedBy', modified.actor, modified.at, 'shape-modified-by')}
		</p>
	)
}
