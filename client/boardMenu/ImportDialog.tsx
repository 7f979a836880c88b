import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ImportOutcome, importIntoBoard } from './importFile'
import { importRefusalText, problemText } from './importRefusalText'

const LISTS = ['needs', 'resources', 'projects', 'matches', 'actors'] as const

/** Imports an Excel workbook (the four lists) or one CSV list into the board; shows every problem. */
export function ImportDialog({ boardId, onClose }: { boardId: string; onClose(): void }) {
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const [file, setFile] = useState<File | null>(null)
	const [list, setList] = useState<(typeof LISTS)[number]>('needs')
	const [busy, setBusy] = useState(false)
	const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
	const isCsv = file?.name.toLowerCase().endsWith('.csv') ?? false

	const submit = async () => {
		if (!file) return
		setBusy(true)
		try {
			setOutcome(await importIntoBoard(boardId, file, isCsv ? list : undefined))
		} catch (err) {
			setOutcome({
				ok: false,
				code: err instanceof TypeError ? 'network' : '',
				status: 0,
				message: err instanceof Error ? err.message : String(err),
				problems: [],
				problemCount: 0,
			})
		} finally {
			setBusy(false)
		}
	}

	return (
		<div className="nd-modal" role="dialog" aria-modal="true" aria-labelledby="nd-import-title">
			<div className="nd-modal__card nd-modal__card--wide" data-testid="import-dialog">
				<h2 id="nd-import-title">{t('imports.title')}</h2>
				<p className="nd-muted">{t('imports.hint')}</p>
				<input
					type="file"
					accept=".xlsx,.csv"
					data-testid="import-file"
					onChange={(e) => {
						setFile(e.target.files?.[0] ?? null)
						setOutcome(null)
					}}
				/>
				{isCsv && (
					<label className="nd-field">
						<span className="nd-field__label">{t('imports.list')}</span>
						<select
							className="nd-field__input"
							value={list}
							onChange={(e) => setList(e.target.value as (typeof LISTS)[number])}
						>
							{LISTS.map((l) => (
								<option key={l} value={l}>
									{t(`exports.lists.${l}`)}
								</option>
							))}
						</select>
					</label>
				)}
				{outcome?.ok === true && (
					<p role="status" data-testid="import-done">
						{t('imports.done', {
							needs: outcome.added.needs ?? 0,
							resources: outcome.added.resources ?? 0,
							projects: outcome.added.projects ?? 0,
							actors: outcome.added.actors ?? 0,
							links: outcome.added.links ?? 0,
						})}
					</p>
				)}
				{outcome?.ok === false && (
					<div role="alert" data-testid="import-problems">
						<p className="nd-error">{t('imports.refused', { message: importRefusalText(outcome, t) })}</p>
						{outcome.problems.length > 0 && (
							<table className="nd-table">
								<thead>
									<tr>
										<th scope="col">{t('imports.sheet')}</th>
										<th scope="col">{t('imports.row')}</th>
										<th scope="col">{t('imports.column')}</th>
										<th scope="col">{t('imports.problem')}</th>
									</tr>
								</thead>
								<tbody>
									{outcome.problems.map((p, i) => (
										// biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list
										<tr key={i}>
											<td>{p.sheet ?? ''}</td>
											<td>{p.row ?? ''}</td>
											<td>{p.column ?? ''}</td>
											<td>{problemText(p.message, lang)}</td>
										</tr>
									))}
								</tbody>
							</table>
						)}
						{outcome.problemCount > outcome.problems.length && (
							<p className="nd-muted" data-testid="import-more-problems">
								{t('imports.moreProblems', { shown: outcome.problems.length, count: outcome.problemCount })}
							</p>
						)}
					</div>
				)}
				<div className="nd-modal__actions">
					<button type="button" className="nd-button nd-button--ghost" onClick={onClose}>
						{t('imports.close')}
					</button>
					<button
						type="button"
						className="nd-button nd-button--primary"
						disabled={!file || busy}
						data-testid="import-submit"
						onClick={submit}
					>
						{busy ? t('imports.busy') : t('imports.submit')}
					</button>
				</div>
			</div>
		</div>
	)
}
