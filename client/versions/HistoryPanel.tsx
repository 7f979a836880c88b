import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardVersion } from '../../shared/apiTypes'
import { can } from '../../shared/auth/permissions'
import type { Role } from '../../shared/protocol'
import { getYMeta, Y_META_VERSIONS_AT_KEY } from '../../shared/ydocLayout'
import { api } from '../api/apiClient'
import { navigate } from '../app/router'
import { useBoardContext } from '../board/BoardContext'
import { formatTime } from '../home/formatTime'
import { useYMapValue } from '../meeting/useYMapValue'
import { authorName } from './authorName'
import { MAX_VERSION_NAME, versionLabel, versionNameProblem } from './versionLabel'
import './versions.css'
import { apiErrorText } from '../errors/refusalText'

type Status = { kind: 'ok' | 'error'; text: string } | null

/** The path of a version's read-only preview. */
export function versionPreviewPath(boardId: string, versionId: string): string {
	return `/b/${encodeURIComponent(boardId)}/v/${encodeURIComponent(versionId)}`
}

const parseTime = (value: unknown): number | null => (typeof value === 'number' ? value : null)

/**
 * The history panel: the board's versions, newest first, each with a preview; the
 * facilitator also saves the current version under a name and restores a version (after
 * a confirmation), which everyone on the board receives as one change.
 */
export function HistoryPanel({ boardId, role, onClose }: { boardId: string; role: Role; onClose(): void }) {
	const { t, i18n } = useTranslation()
	const [versions, setVersions] = useState<BoardVersion[] | null>(null)
	const [name, setName] = useState('')
	const [busy, setBusy] = useState(false)
	const [confirming, setConfirming] = useState<string | null>(null)
	const [status, setStatus] = useState<Status>(null)
	const mayWrite = can(role, 'saveVersion')

	const failed = useCallback(
		(err: unknown) =>
			setStatus({
				kind: 'error',
				text: t('versions.failed', { message: apiErrorText(err, t) }),
			}),
		[t],
	)

	const reload = useCallback(
		() =>
			api.listVersions(boardId).then(
				(list) => setVersions(list.versions),
				(err: unknown) => {
					setVersions((v) => v ?? [])
					failed(err)
				},
			),
		[boardId, failed],
	)

	// Reload when the panel opens and whenever anyone (or the hourly autosave) saves a version.
	const { doc } = useBoardContext()
	const versionsAt = useYMapValue(doc ? getYMeta(doc) : null, Y_META_VERSIONS_AT_KEY, parseTime)
	useEffect(() => {
		void versionsAt
		void reload()
	}, [reload, versionsAt])

	const save = async () => {
		const problem = versionNameProblem(name)
		if (problem) {
			setStatus({ kind: 'error', text: t(problem, { max: MAX_VERSION_NAME }) })
			return
		}
		setBusy(true)
		setStatus(null)
		try {
			const saved = await api.saveVersion(boardId, name.trim(), authorName())
			setName('')
			setStatus({ kind: 'ok', text: t('versions.saved', { name: saved.name }) })
			await reload()
		} catch (err) {
			failed(err)
		} finally {
			setBusy(false)
		}
	}

	const restore = async (version: BoardVersion) => {
		setBusy(true)
		setStatus(null)
		try {
			await api.restoreVersion(boardId, version.id, authorName())
			setConfirming(null)
			const label = versionLabel(version)
			setStatus({ kind: 'ok', text: t('versions.restored', { name: t(label.key, label.values) }) })
			await reload()
		} catch (err) {
			failed(err)
		} finally {
			setBusy(false)
		}
	}

	const lang = i18n.language

	return (
		<aside className="nd-panel nd-versions" data-testid="history-panel" aria-label={t('versions.title')}>
			<header className="nd-panel__head">
				<h2>{t('versions.title')}</h2>
				<button type="button" className="nd-link" onClick={onClose} aria-label={t('versions.close')}>
					✕
				</button>
			</header>

			{mayWrite ? (
				<form
					className="nd-versions__save"
					onSubmit={(e) => {
						e.preventDefault()
						void save()
					}}
				>
					<input
						className="nd-input"
						data-testid="version-name"
						aria-label={t('versions.nameLabel')}
						placeholder={t('versions.namePlaceholder')}
						value={name}
						maxLength={MAX_VERSION_NAME * 2}
						onChange={(e) => setName(e.target.value)}
						disabled={busy}
					/>
					<button type="submit" className="nd-button nd-button--primary" data-testid="save-version" disabled={busy}>
						{busy ? t('versions.saving') : t('versions.save')}
					</button>
				</form>
			) : (
				<p className="nd-muted nd-versions__hint">{t('versions.facilitatorOnly')}</p>
			)}

			{status && (
				<p
					className={
						status.kind === 'error' ? 'nd-error nd-versions__status' : 'nd-versions__status nd-versions__status--ok'
					}
					role={status.kind === 'error' ? 'alert' : 'status'}
					data-testid="versions-status"
				>
					{status.text}
				</p>
			)}

			{versions === null ? (
				<p className="nd-muted">{t('versions.loading')}</p>
			) : versions.length === 0 ? (
				<p className="nd-muted" data-testid="versions-empty">
					{t('versions.empty')}
				</p>
			) : (
				<ul className="nd-versions__list" data-testid="versions-list">
					{versions.map((v) => {
						const label = versionLabel(v)
						const by = v.kind === 'auto' ? t('versions.byAuto') : v.createdBy || t('versions.byUnknown')
						return (
							<li
								key={v.id}
								className={`nd-version nd-version--${v.kind}`}
								data-testid="version-item"
								data-kind={v.kind}
								data-version-id={v.id}
							>
								<div className="nd-version__title">{t(label.key, label.values)}</div>
								<div className="nd-version__meta nd-muted">
									<span>{by}</span>
									<span>·</span>
									<time dateTime={new Date(v.createdAt).toISOString()}>{formatTime(v.createdAt, lang)}</time>
									<span>·</span>
									<span>{t('versions.shapes', { count: v.shapeCount })}</span>
								</div>
								{confirming === v.id ? (
									<div className="nd-version__confirm">
										<p>{t('versions.restoreConfirm')}</p>
										<div className="nd-version__actions">
											<button
												type="button"
												className="nd-button nd-button--primary"
												data-testid="confirm-restore"
												disabled={busy}
												onClick={() => void restore(v)}
											>
												{busy ? t('versions.restoring') : t('versions.restoreYes')}
											</button>
											<button type="button" className="nd-button" disabled={busy} onClick={() => setConfirming(null)}>
												{t('versions.cancel')}
											</button>
										</div>
									</div>
								) : (
									<div className="nd-version__actions">
										<a
											className="nd-button"
											data-testid="preview-version"
											href={versionPreviewPath(boardId, v.id)}
											onClick={(e) => {
												e.preventDefault()
												navigate(versionPreviewPath(boardId, v.id))
											}}
										>
											{t('versions.preview')}
										</a>
										{mayWrite && (
											<button
												type="button"
												className="nd-button"
												data-testid="restore-version"
												disabled={busy}
												onClick={() => setConfirming(v.id)}
											>
												{t('versions.restore')}
											</button>
										)}
									</div>
								)}
							</li>
						)
					})}
				</ul>
			)}
		</aside>
	)
}
