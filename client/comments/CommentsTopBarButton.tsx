import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'
import { $commentThreads } from './commentsStore'

/** 评论 in the top bar (or its 更多 menu): opens and closes the comments panel; shows the open threads' number. */
export function CommentsTopBarButton() {
	const { t } = useTranslation()
	const { panel, setPanel } = useBoardContext()
	const open = useValue('open threads', () => $commentThreads.get().filter((th) => !th.resolved).length, [])
	const on = panel === 'comments' || panel === 'commentThread'
	return (
		<button
			type="button"
			className={`nd-button nd-button--ghost${on ? ' nd-button--on' : ''}`}
			aria-pressed={on}
			title={t('comments.openHint')}
			data-testid="open-comments"
			data-open-threads={open}
			onClick={() => setPanel(on ? null : 'comments')}
		>
			{t('comments.open')}
			{open > 0 && <span className="nd-comments__count"> {open}</span>}
		</button>
	)
}
