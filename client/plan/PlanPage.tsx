import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../app/router'
import { authHeaders, captureTokenFromUrl } from '../auth/boardTokens'
import { takeCanvasPicture } from './canvasPicture'
import { MarkdownView } from './MarkdownView'
import { type MdBlock, parseMarkdown } from './parseMarkdown'

/**
 * The print-ready 项目计划书 at `/b/:id/plan`: the same content as the Word export
 * (both follow the shared plan outline), laid out for A4; the browser prints it to PDF.
 */
export function PlanPage({ boardId }: { boardId: string }) {
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	useState(() => captureTokenFromUrl(boardId))
	const [picture] = useState(() => takeCanvasPicture(boardId))
	const [blocks, setBlocks] = useState<MdBlock[] | null>(null)
	const [error, setError] = useState<string | null>(null)

	useEffect(() => {
		let cancelled = false
		fetch(`/api/boards/${encodeURIComponent(boardId)}/export?format=md&lang=${lang}`, { headers: authHeaders(boardId) })
			.then(async (res) => {
				if (!res.ok) {
					const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null
					throw new Error(body?.error?.message ?? `${res.status}`)
				}
				return res.text()
			})
			.then(
				(md) => {
					if (!cancelled) setBlocks(parseMarkdown(md))
				},
				(err: unknown) => {
					if (!cancelled) setError(err instanceof Error ? err.message : String(err))
				},
			)
		return () => {
			cancelled = true
		}
	}, [boardId, lang])

	return (
		<main className="nd-plan" data-testid="plan-page">
			<nav className="nd-plan__toolbar">
				<button type="button" className="nd-button" onClick={() => navigate(`/b/${encodeURIComponent(boardId)}`)}>
					{t('plan.back')}
				</button>
				<button type="button" className="nd-button nd-button--primary" onClick={() => window.print()}>
					{t('plan.print')}
				</button>
			</nav>
			{error && (
				<p className="nd-error" role="alert">
					{error}
				</p>
			)}
			{!blocks && !error && <p className="nd-muted">{t('plan.loading')}</p>}
			{blocks && (
				<article className="nd-plan__doc">
					<MarkdownView blocks={blocks} />
					{picture && (
						<figure className="nd-plan__figure" data-testid="plan-canvas-picture">
							<img src={picture} alt={t('plan.canvas')} />
							<figcaption>{t('plan.canvas')}</figcaption>
						</figure>
					)}
				</article>
			)}
		</main>
	)
}
