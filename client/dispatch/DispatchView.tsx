import { useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { PROJECT_FIELDS } from '../../shared/domain/cardFields'
import type { ProjectProps } from '../../shared/domain/cardProps'
import { DISPATCH_STATUSES, enumLabel } from '../../shared/domain/enums'
import { focusCard } from '../analytics/useLivePlan'
import { useBoardActors } from '../inspector/useActorNames'
import { AdvanceProject } from './AdvanceProject'
import { DISPATCH_STAGES, formatIsoDate, nextStage, stageDates } from './dispatchStages'

/** The project fields shown on each project in the view: who published, applied, coordinated, carried it out. */
const ROLE_KEYS = ['publisher', 'applicant', 'coordinator', 'executor'] as const

const roleLabel = (key: string, lang: 'zh' | 'en') => PROJECT_FIELDS.find((f) => f.key === key)?.[lang] ?? key

/**
 * The 活动调度中心: every project of the board in the column of its dispatch stage
 * (发布 → 申请 → 统筹 → 执行 → 结项 → 回访), with who took each role and the dates from
 * its dispatch trail. Clicking a project goes to its card; editors move a project on.
 */
export function DispatchView({ onClose }: { onClose(): void }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
	const actors = useBoardActors()
	const projects = useValue(
		'dispatch projects',
		() =>
			editor
				.getCurrentPageShapes()
				.filter((s) => s.type === 'project')
				.map((s) => ({ id: s.id as string, props: s.props as unknown as ProjectProps }))
				.sort((a, b) => a.props.title.localeCompare(b.props.title, 'zh-CN')),
		[editor],
	)

	return (
		<section className="nd-lists nd-dispatch" data-testid="dispatch-view" aria-labelledby="nd-dispatch-title">
			<header className="nd-lists__head">
				<h2 id="nd-dispatch-title" className="nd-dispatch__title">
					{t('dispatch.title')}
				</h2>
				<p className="nd-muted nd-dispatch__hint">{t('dispatch.hint')}</p>
				<button type="button" className="nd-link" onClick={onClose} aria-label={t('dispatch.close')}>
					✕
				</button>
			</header>
			{projects.length === 0 ? (
				<p className="nd-muted">{t('dispatch.noProjects')}</p>
			) : (
				<div className="nd-dispatch__columns">
					{DISPATCH_STAGES.map((stage) => {
						const here = projects.filter((p) => p.props.status === stage)
						const headingId = `nd-dispatch-stage-${stage}`
						return (
							<section
								key={stage}
								className="nd-dispatch__column"
								data-stage={stage}
								data-testid={`dispatch-stage-${stage}`}
								aria-labelledby={headingId}
							>
								<h3 id={headingId} className="nd-dispatch__stage">
									{enumLabel(DISPATCH_STATUSES, stage, lang)}
									<span className="nd-dispatch__count">{here.length}</span>
								</h3>
								{here.length === 0 ? (
									<p className="nd-muted nd-dispatch__empty">{t('dispatch.emptyStage')}</p>
								) : (
									<ul className="nd-dispatch__list">
										{here.map(({ id, props }) => {
											const title = props.title || t('dispatch.untitled')
											const dates = stageDates(props.dispatchTrail)
											const next = nextStage(props.status)
											return (
												<li key={id} className="nd-dispatch__project" data-testid="dispatch-project" data-card-id={id}>
													<button
														type="button"
														className="nd-card-link nd-dispatch__name"
														title={t('dispatch.goTo', { title })}
														onClick={() => {
															onClose()
															focusCard(editor, id)
														}}
													>
														{title}
													</button>
													<dl className="nd-dispatch__roles">
														{ROLE_KEYS.map((key) => (
															<div key={key} data-role={key}>
																<dt>{roleLabel(key, lang)}</dt>
																<dd className={props[key] ? undefined : 'nd-muted'}>
																	{props[key] || t('dispatch.notSet')}
																</dd>
															</div>
														))}
													</dl>
													{Object.keys(dates).length > 0 && (
														<ol
															className="nd-dispatch__dates"
															aria-label={t('dispatch.steps', { count: props.dispatchTrail.length })}
														>
															{DISPATCH_STAGES.filter((s) => dates[s]).map((s) => (
																<li key={s} data-stage={s}>
																	<span>{enumLabel(DISPATCH_STATUSES, s, lang)}</span>{' '}
																	<time dateTime={dates[s]}>{formatIsoDate(dates[s] ?? '', lang)}</time>
																</li>
															))}
														</ol>
													)}
													{!readOnly &&
														(next ? (
															<AdvanceProject
																id={id}
																title={title}
																props={props}
																next={next}
																actors={actors}
																lang={lang}
															/>
														) : (
															<p className="nd-muted nd-dispatch__done">{t('dispatch.finished')}</p>
														))}
												</li>
											)
										})}
									</ul>
								)}
							</section>
						)
					})}
				</div>
			)}
		</section>
	)
}
