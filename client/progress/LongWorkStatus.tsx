import { useTranslation } from 'react-i18next'
import '../firstRun/guidance.css'
import { dismissLongWork, useLongWork } from './longWork'
import { longWorkErrorKind } from './longWorkError'

/**
 * The progress line of long work (the Word file, lists, the print page's pictures):
 * "正在生成计划书…" while it runs, announced politely to screen readers; a failure says
 * what went wrong in the chosen language and stays until closed.
 */
export function LongWorkStatus() {
	const { t } = useTranslation()
	const work = useLongWork()
	if (work.state === 'idle') return null
	if (work.state === 'running') {
		return (
			<div className="nd-progress" role="status" aria-live="polite" data-testid="long-work" data-state="running">
				<span className="nd-progress__spinner" aria-hidden="true" />
				<span>{t(`guidance.progress.${work.kind}`)}</span>
			</div>
		)
	}
	return (
		<div className="nd-progress" role="alert" data-testid="long-work" data-state="failed">
			<span>
				{t('guidance.progress.failed', { message: t(`guidance.progress.errors.${longWorkErrorKind(work.error)}`) })}
			</span>
			<button type="button" className="nd-progress__close" onClick={dismissLongWork}>
				{t('guidance.progress.dismiss')}
			</button>
		</div>
	)
}
