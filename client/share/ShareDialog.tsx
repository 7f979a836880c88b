import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { deactivationRefusal, isLinkActive } from '../../shared/auth/linkDeactivation'
import type { Role } from '../../shared/protocol'
import { api, type CreatedShareLink, type ShareLinkInfo } from '../api/apiClient'
import { ConfirmDialog } from '../app/ConfirmDialog'
import { ViewerCommentsToggle } from '../comments/ViewerCommentsToggle'
import { apiErrorText } from '../errors/refusalText'
import { formatTime } from '../home/formatTime'
import { QrCode } from './QrCode'
import { shareOrigin } from './shareOrigin'

/** The roles a link can carry, least capable first: 参会 votes without editing. */
const ROLE_CHOICES: Role[] = ['viewer', 'participant', 'editor', 'facilitator']
const EXPIRY_DAYS = [0, 1, 7, 30] as const

/**
 * The facilitator's share dialog: make links for a role (with a label and an optional
 * expiry), copy them or show their QR code for phones in the room (at PUBLIC_URL, or
 * this page's address — saying so when phones cannot reach it), see when each was last
 * used, and deactivate (停用) any after a confirmation — except the board's last active
 * facilitator link, which the server refuses too.
 */
export function ShareDialog({ boardId, onClose }: { boardId: string; onClose(): void }) {
	const { t, i18n } = useTranslation()
	const [links, setLinks] = useState<ShareLinkInfo[] | null>(null)
	const [currentLinkId, setCurrentLinkId] = useState<string | null>(null)
	const [role, setRole] = useState<Role>('editor')
	const [label, setLabel] = useState('')
	const [days, setDays] = useState<(typeof EXPIRY_DAYS)[number]>(0)
	const [created, setCreated] = useState<CreatedShareLink | null>(null)
	const [copied, setCopied] = useState(false)
	const [error, setError] = useState<string | null>(null)
	const [publicUrl, setPublicUrl] = useState<string | null>(null)
	const [confirming, setConfirming] = useState<ShareLinkInfo | null>(null)

	const reload = useCallback(async () => {
		try {
			const list = await api.listLinks(boardId)
			setLinks(list.links)
			setCurrentLinkId(list.currentLinkId ?? null)
		} catch (err) {
			setError(apiErrorText(err, t))
		}
	}, [boardId, t])

	useEffect(() => {
		void reload()
	}, [reload])

	useEffect(() => {
		api.config().then(
			(config) => setPublicUrl(config.publicUrl ?? null),
			() => undefined,
		)
	}, [])

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
			setError(apiErrorText(err, t))
		}
	}

	const deactivate = async (id: string) => {
		setConfirming(null)
		setError(null)
		try {
			await api.revokeLink(boardId, id)
			if (created?.id === id) setCreated(null)
			await reload()
		} catch (err) {
			setError(apiErrorText(err, t))
		}
	}

	const where = shareOrigin(publicUrl, window.location.origin)
	const fullUrl = created ? `${where.origin}${created.url}` : ''
	const now = Date.now()
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
									{t('share.roleChoice', { role: t(`share.roles.${r}`), hint: t(`share.roleHints.${r}`) })}
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
					<p className="nd-error" role="alert" data-testid="share-error">
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
							{where.unreachableFromPhones && (
								<p className="nd-share__warning" role="note" data-testid="share-unreachable">
									{t('share.phonesCannotReach', { host: new URL(where.origin).host })}
								</p>
							)}
							<p className="nd-muted">{t('share.onlyOnce')}</p>
						</div>
					</div>
				)}
				<ViewerCommentsToggle />
				<h3>{t('share.existing')}</h3>
				{links === null ? (
					<p className="nd-muted">{t('home.loading')}</p>
				) : (
					<table className="nd-table nd-share__links" data-testid="share-links">
						<thead>
							<tr>
								<th scope="col">{t('share.role')}</th>
								<th scope="col">{t('share.label')}</th>
								<th scope="col">{t('share.lastUsed')}</th>
								<th scope="col">{t('share.status')}</th>
								<th scope="col">
									<span className="nd-sr-only">{t('share.revoke')}</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{links.map((link) => {
								const expired = link.expiresAt !== null && link.expiresAt < now
								const guarded = deactivationRefusal(links, link.id, now) !== null
								const noteId = `nd-share-guard-${link.id}`
								return (
									<tr key={link.id} data-link-id={link.id} data-role={link.role}>
										<td data-label={t('share.role')}>{t(`share.roles.${link.role}`)}</td>
										<td data-label={t('share.label')}>
											{link.label}
											{link.id === currentLinkId && <span className="nd-muted"> {t('share.yours')}</span>}
										</td>
										<td data-label={t('share.lastUsed')}>
											{link.lastUsedAt ? formatTime(link.lastUsedAt, i18n.language) : t('share.neverUsed')}
										</td>
										<td data-label={t('share.status')}>
											{link.revokedAt
												? t('share.revoked')
												: expired
													? t('share.expired')
													: link.expiresAt
														? t('share.expires', { time: formatTime(link.expiresAt, i18n.language) })
														: t('share.active')}
										</td>
										<td>
											{isLinkActive(link, now) && (
												<>
													<button
														type="button"
														className="nd-button nd-share__deactivate"
														data-testid="share-revoke"
														disabled={guarded}
														aria-describedby={guarded ? noteId : undefined}
														onClick={() => setConfirming(link)}
													>
														{t('share.revoke')}
													</button>
													{guarded && (
														<p className="nd-share__guard" id={noteId} data-testid="share-guard">
															{t('share.lastFacilitator')}
														</p>
													)}
												</>
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
			{confirming && (
				<ConfirmDialog
					testId="share-confirm"
					title={t('share.confirmTitle')}
					message={`${t('share.confirmMessage', {
						name: confirming.label || t('share.unnamed'),
						role: t(`share.roles.${confirming.role}`),
					})}${confirming.id === currentLinkId ? `\n${t('share.confirmYours')}` : ''}`}
					confirmLabel={t('share.confirm')}
					cancelLabel={t('share.cancel')}
					danger
					onConfirm={() => void deactivate(confirming.id)}
					onCancel={() => setConfirming(null)}
				/>
			)}
		</div>
	)
}
