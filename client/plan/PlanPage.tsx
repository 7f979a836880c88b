import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ALLOCATION_MAP_REF, allocationMapTitle } from '../../shared/export/planDoc/allocationMapBlocks'
import { QUADRANT_CHART_REF, quadrantChartTitle } from '../../shared/export/planDoc/quadrantBlocks'
import { planDocument } from '../../shared/export/planDocument'
import { allocationMapSvg } from '../../shared/plan/allocationMap'
import type { Plan } from '../../shared/plan/planTypes'
import { ApiError } from '../api/apiClient'
import { navigate } from '../app/router'
import { authHeaders, captureTokenFromUrl } from '../auth/boardTokens'
import { apiErrorText } from '../errors/refusalText'
import { ALLOCATION_STAGE_REF } from './allocationStageRef'
import { takeCanvasPictures } from './canvasPicture'
import { PlanDocumentView } from './PlanDocumentView'
import { QuadrantChart } from './QuadrantChart'
import { hasAllocationMap } from './quadrantPicture'
import { svgDataUrl } from './svgPicture'
import './planPage.css'

/**
 * The print-ready 项目计划书 at `/b/:id/plan`: the plan (`GET /api/boards/:id/plan`) built
 * into the same document as the Word and Markdown exports (`planDocument`), laid out for
 * A4; the browser prints it to PDF. The pictures of the canvas stages the board page left
 * are shown in 附件, and the efficiency × effectiveness chart is drawn here.
 */
export function PlanPage({ boardId }: { boardId: string }) {
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	useState(() => captureTokenFromUrl(boardId))
	const [canvas] = useState(() => takeCanvasPictures(boardId))
	const [plan, setPlan] = useState<Plan | null>(null)
	const [error, setError] = useState<string | null>(null)

	useEffect(() => {
		let cancelled = false
		fetch(`/api/boards/${encodeURIComponent(boardId)}/plan`, { headers: authHeaders(boardId) })
			.then(async (res) => {
				if (!res.ok) {
					const body = (await res.json().catch(() => null)) as {
						error?: { code?: string; message?: string }
					} | null
					throw new ApiError(res.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `${res.status}`)
				}
				return (await res.json()) as Plan
			})
			.then(
				(p) => {
					if (!cancelled) setPlan(p)
				},
				(err: unknown) => {
					if (!cancelled) setError(apiErrorText(err, t))
				},
			)
		return () => {
			cancelled = true
		}
	}, [boardId, t])

	const doc = useMemo(() => {
		if (!plan) return null
		const pictures = [
			...(plan.metrics.placements.some((p) => p.placed)
				? [{ ref: QUADRANT_CHART_REF, title: quadrantChartTitle(lang) }]
				: []),
			...(hasAllocationMap(plan) ? [{ ref: ALLOCATION_MAP_REF, title: allocationMapTitle(lang) }] : []),
			// The 资源配置图 stands in for the 资源配置 stage's picture, as in the Word file.
			...canvas
				.filter((c) => !(hasAllocationMap(plan) && c.ref === ALLOCATION_STAGE_REF))
				.map((c) => ({ ref: c.ref, title: c.title })),
		]
		return planDocument(plan, { lang, pictures })
	}, [plan, lang, canvas])

	useEffect(() => {
		if (doc) document.title = doc.title
	}, [doc])

	const picture = (ref: string, alt: string) => {
		if (ref === QUADRANT_CHART_REF && plan) {
			return <QuadrantChart placements={plan.metrics.placements} lang={lang} />
		}
		if (ref === ALLOCATION_MAP_REF && plan) {
			return (
				<img
					className="nd-plan__chart"
					src={svgDataUrl(allocationMapSvg(plan.matches, { lang }))}
					alt={alt}
					data-testid="plan-allocation-map"
				/>
			)
		}
		const found = canvas.find((c) => c.ref === ref)
		return found ? <img src={found.url} alt={alt} data-testid="plan-canvas-picture" /> : null
	}

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
			{!doc && !error && <p className="nd-muted">{t('plan.loading')}</p>}
			{doc && (
				<article className="nd-plan__doc">
					<PlanDocumentView doc={doc} picture={picture} />
				</article>
			)}
		</main>
	)
}
