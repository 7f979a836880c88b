import { useTranslation } from 'react-i18next'
import './vote.css'

/** A need card's dots in the current (or last) vote: "● 5 票", with a spoken label. */
export function VoteBadge({ count }: { count: number }) {
	const { t } = useTranslation()
	const label = t('vote.badge', { count })
	return (
		<span
			className={`nd-vote-badge${count === 0 ? ' nd-vote-badge--zero' : ''}`}
			data-testid="vote-badge"
			data-count={count}
			role="img"
			aria-label={label}
			title={label}
		>
			{t('vote.badgeText', { count })}
		</span>
	)
}
