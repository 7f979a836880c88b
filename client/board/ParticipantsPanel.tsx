import { useEditor, useValue } from '@tldraw/tldraw'
import { type CSSProperties, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../shared/protocol'
import { type ParticipantSummary, participantSummaries } from '../meeting/participantSummaries'
import { useElementEdge } from '../meeting/useElementEdge'
import { useFollowRequestValue } from '../meeting/useFollowRequestValue'
import { $currentUser } from '../user/currentUser'
import { useBoardContext } from './BoardContext'
import '../meeting/meeting.css'

/** Open by default on a large screen; on a phone or a short window (200 % zoom) the list starts folded, to keep the canvas free. */
function openByDefault(): boolean {
	return (
		typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 601px) and (min-height: 560px)').matches
	)
}

function RoleTag({ role }: { role: Role | null }) {
	const { t } = useTranslation()
	if (!role) return null
	const label = t(`participants.role.${role}`)
	return (
		<span className={`nd-role nd-role--${role}`} data-testid="participant-role" data-role={role}>
			{label}
		</span>
	)
}

/**
 * The participants list: everyone on the board with their name, role and colour, the
 * facilitator who asked everyone to follow marked; click a person to follow their view,
 * click again to stop.
 */
export function ParticipantsPanel() {
	const { t } = useTranslation()
	const editor = useEditor()
	const { editName, role } = useBoardContext()
	const [open, setOpen] = useState(openByDefault)
	const me = useValue('me', () => $currentUser.get(), [])
	// A string, so cursor moves (new presence records, same rows) re-render nothing.
	const othersJson = useValue('participants', () => JSON.stringify(participantSummaries(editor.getCollaborators())), [
		editor,
	])
	const others = useMemo(() => JSON.parse(othersJson) as ParticipantSummary[], [othersJson])
	const following = useValue('following', () => editor.getInstanceState().followingUserId, [editor])
	const request = useFollowRequestValue()
	// On a phone the list floats under the top bar (see meeting.css).
	const topBarBottom = useElementEdge('.nd-topbar', 'bottom', 56)

	return (
		<section
			className="nd-participants"
			data-testid="participants"
			aria-label={t('participants.title')}
			style={{ '--nd-participants-top': `${topBarBottom + 6}px` } as CSSProperties}
		>
			<button type="button" className="nd-participants__toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
				<span className="nd-participants__avatars" aria-hidden="true">
					{[...(me ? [{ id: me.id, name: me.name, color: me.color }] : []), ...others].slice(0, 5).map((p) => (
						<span key={p.id} className="nd-avatar" style={{ background: p.color }}>
							{p.name.slice(0, 1) || '?'}
						</span>
					))}
				</span>
				{t('participants.title')} · {others.length + 1}
			</button>
			{open && (
				<ul className="nd-participants__list nd-participants__list--scroll">
					{me && (
						<li className="nd-participant" data-testid="participant-me" data-role={role}>
							<span className="nd-participant__dot" style={{ background: me.color }} />
							<span className="nd-participant__name">
								{me.name} {t('participants.you')}
							</span>
							<RoleTag role={role} />
							{request?.userId === me.id && <LeadingTag />}
							<button type="button" className="nd-link" onClick={editName}>
								{t('participants.rename')}
							</button>
						</li>
					)}
					{others.length === 0 && <li className="nd-muted">{t('participants.alone')}</li>}
					{others.map((p) => {
						const isFollowed = following === p.userId
						return (
							<li
								key={p.id}
								className="nd-participant"
								data-testid="participant"
								data-user-id={p.userId}
								data-role={p.role ?? undefined}
							>
								<span className="nd-participant__dot" style={{ background: p.color }} />
								<span className="nd-participant__name" title={p.name}>
									{p.name}
								</span>
								<RoleTag role={p.role} />
								{request?.userId === p.userId && <LeadingTag />}
								<button
									type="button"
									className="nd-link"
									data-testid="follow"
									aria-pressed={isFollowed}
									aria-label={`${isFollowed ? t('participants.stopFollowing') : t('participants.follow')} · ${p.name}`}
									onClick={() => (isFollowed ? editor.stopFollowingUser() : editor.startFollowingUser(p.userId))}
								>
									{isFollowed ? t('participants.stopFollowing') : t('participants.follow')}
								</button>
							</li>
						)
					})}
				</ul>
			)}
		</section>
	)
}

function LeadingTag() {
	const { t } = useTranslation()
	return (
		<span className="nd-leading-tag" data-testid="participant-leading" title={t('participants.leading')}>
			<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
				<path
					d="M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12Z"
					fill="none"
					stroke="currentColor"
					strokeWidth="2"
				/>
				<circle cx="12" cy="12" r="3" fill="currentColor" />
			</svg>
			<span className="nd-visually-hidden">{t('participants.leading')}</span>
		</span>
	)
}
