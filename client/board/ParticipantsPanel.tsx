import { useEditor, useValue } from '@tldraw/tldraw'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { $currentUser } from '../user/currentUser'
import { useBoardContext } from './BoardContext'

/**
 * The participants list: everyone on the board with their name and colour; click a
 * person to follow their view, click again to stop.
 */
export function ParticipantsPanel() {
	const { t } = useTranslation()
	const editor = useEditor()
	const { editName } = useBoardContext()
	const [open, setOpen] = useState(true)
	const me = useValue('me', () => $currentUser.get(), [])
	const others = useValue('collaborators', () => editor.getCollaborators(), [editor])
	const following = useValue('following', () => editor.getInstanceState().followingUserId, [editor])

	return (
		<section className="nd-participants" data-testid="participants" aria-label={t('participants.title')}>
			<button type="button" className="nd-participants__toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
				<span className="nd-participants__avatars" aria-hidden="true">
					{[me, ...others].slice(0, 5).map((p, i) =>
						p ? (
							<span key={p.id ?? i} className="nd-avatar" style={{ background: 'color' in p ? p.color : undefined }}>
								{('name' in p ? p.name : p.userName).slice(0, 1) || '?'}
							</span>
						) : null,
					)}
				</span>
				{t('participants.title')} · {others.length + 1}
			</button>
			{open && (
				<ul className="nd-participants__list">
					{me && (
						<li className="nd-participant" data-testid="participant-me">
							<span className="nd-participant__dot" style={{ background: me.color }} />
							<span className="nd-participant__name">
								{me.name} {t('participants.you')}
							</span>
							<button type="button" className="nd-link" onClick={editName}>
								{t('participants.rename')}
							</button>
						</li>
					)}
					{others.length === 0 && <li className="nd-muted">{t('participants.alone')}</li>}
					{others.map((p) => {
						const isFollowed = following === p.userId
						return (
							<li key={p.id} className="nd-participant" data-testid="participant" data-user-id={p.userId}>
								<span className="nd-participant__dot" style={{ background: p.color }} />
								<span className="nd-participant__name">{p.userName}</span>
								<button
									type="button"
									className="nd-link"
									data-testid="follow"
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
