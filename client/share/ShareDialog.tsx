import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../shared/protocol'
import { ApiError, api, type CreatedShareLink, type ShareLinkInfo } from '../api/apiClient'
import { formatTime } from '../home/formatTime'
import { QrCode } from './QrCode'

const ROLE_CHOICES: Role[] = ['viewer', 'editor', 'facilitator']
const EXPIRY_DAYS = [0, 1, 7, 30] as const

/**
 * The facilitator's share dialog: make links for a role (with a label and an optional
 * expiry), copy them or show their QR code for phones in the room, see when each was
 * last used, and revoke any.
 */
export function ShareDialog({ boardId, onClose }: { boardId: string; onClose(): void }) {
	const { t, i18n } = useTranslation()
	const [links, setLinks] = useState<ShareLinkInfo[] | null>(null)
	const [role, setRole] = useState<Role>('editor')
	const [label, setLabel] = useState('')
	const [days, setDays] = useState<(typeof EXPIRY_DAYS)[number]>(0)
	const [created, setCreated] = useState<CreatedShareLink | null>(null)
	const [copied, setCopied] = useState(false)
	const [error, setError] = useState<string | null>(null)

	const reload = useCallback(async () => {
		try {
			setLinks((await api.listLinks(boardId)).links)
		} catch (err) {
			setError(err instanceof ApiError ? err.message : String(err))
		}
	}, [boardId])

	useEffect(() => {
		void reload()
	}, [reload])

	const create = async (e: FormEvent) => {
		e.preventDefault()
		setError(null)
		try {
			const link = await api.createLink(boardId, {
				role,
				...(label.trim() ? { label: label.trim() } : {}),
				...(days > 0 ? { expiresAt: Date.now() + days * 24 * 3600 * 1000 } : {}),
			})
			setCreated(link)
			setCopied(false)
			setLabel('')
			await reload()
		} catch (err) {
			setError(err instanceof ApiError ? err.message : String(err))
		}
	}

	const revoke = async (id: string) => {
		try {
			await api.revokeLink(boardId, id)
			if (created?.id === id) setCreated(null)
			await reload()
		} catch (err) {
			setError(err instanceof ApiError ? err.message : String(err))
		}
	}

	const fullUrl = created ? `${window.location.origin}${created.url}` : ''
	return (
		<div className="nd-modal" role="dialog" aria-modal="true" aria-labelledby="nd-share-title">
			<div className="nd-modal__card nd-modal__card--wide" data-testid="share-dialog">
				<h2 id="nd-share-title">{t('share.title')}</h2>
				<form className="nd-share__form" onSubmit={create}>
					<label className="nd-field">
						<span className="nd-field__label">{t('share.role')}</span>
						<select
							className="nd-field__input"
							value={role}
							data-testid="share-role"
							onChange={(e) => setRole(e.target.value as Role)}
						>
							{ROLE_CHOICES.map((r) => (
								<option key={r} value={r}>
									{t(`share.roles.${r}`)}
								</option>
							))}
						</select>
					</label>
					<label className="nd-field">
						<span className="nd-field__label">{t('share.label')}</span>
						<input
							className="nd-field__input"
							value={label}
							maxLength={40}
							placeholder={t('share.labelPlaceholder')}
							data-testid="share-label"
							onChange={(e) => setLabel(e.target.value)}
						/>
					</label>
					<label className="nd-field">
						<span className="nd-field__label">{t('share.expiry')}</span>
						<select
							className="nd-field__input"
							value={days}
							onChange={(e) => setDays(Number(e.target.value) as (typeof EXPIRY_DAYS)[number])}
						>
							{EXPIRY_DAYS.map((d) => (
								<option key={d} value={d}>
									{d === 0 ? t('share.never') : t('share.days', { count: d })}
								</option>
							))}
						</select>
					</label>
					<button type="submit" className="nd-button nd-button--primary" data-testid="share-create">
						{t('share.create')}
					</button>
				</form>
				{error && (
					<p className="nd-error" role="alert">
						{error}
					</p>
				)}
				{created && (
					<div className="nd-share__created" data-testid="share-created">
						<QrCode text={fullUrl} />
						<div className="nd-share__url">
							<p>
								{t('share.createdFor', { role: t(`share.roles.${created.role}`) })}
								{created.label ? ` · ${created.label}` : ''}
							</p>
							<input className="nd-field__input" readOnly value={fullUrl} data-testid="share-url" />
							<button
								type="button"
								className="nd-button"
								onClick={() => {
									void navigator.clipboard?.writeText(fullUrl).then(() => setCopied(true))
								}}
							>
								{copied ? t('share.copied') : t('share.copy')}
							</button>
							<p className="nd-muted">{t('share.onlyOnce')}</p>
						</div>
					</div>
				)}
				<h3>{t('share.existing')}</h3>
				{links === null ? (
					<p className="nd-muted">{t('home.loading')}</p>
				) : (
					<table className="nd-table" data-testid="share-links">
						<thead>
							<tr>
								<th scope="col">{t('share.role')}</th>
								<th scope="col">{t('share.label')}</th>
								<th scope="col">{t('share.lastUsed')}</th>
								<th scope="col">{t('share.status')}</th>
								<th />
							</tr>
						</thead>
						<tbody>
							{links.map((link) => {
								const expired = link.expiresAt !== null && link.expiresAt < Date.now()
								return (
									<tr key={link.id} data-link-id={link.id}>
										<td>{t(`share.roles.${link.role}`)}</td>
										<td>{link.label}</td>
										<td>{link.lastUsedAt ? formatTime(link.lastUsedAt, i18n.language) : t('share.neverUsed')}</td>
										<td>
											{link.revokedAt
												? t('share.revoked')
												: expired
													? t('share.expired')
													: link.expiresAt
														? t('share.expires', { time: formatTime(link.expiresAt, i18n.language) })
														: t('share.active')}
										</td>
										<td>
											{!link.revokedAt && (
												<button
													type="button"
													className="nd-link"
													data-testid="share-revoke"
													onClick={() => void revoke(link.id)}
												>
													{t('share.revoke')}
												</button>
											)}
										</td>
									</tr>
								)
							})}
						</tbody>
					</table>
				)}
				<div className="nd-modal__actions">
					<button type="button" className="nd-button" onClick={onClose} data-testid="share-close">
						{t('imports.close')}
					</button>
				</div>
			</div>
		</div>
	)
}
