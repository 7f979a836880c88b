import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../app/router'
import { adminToken } from '../auth/boardTokens'
import type { ImportProblem } from '../boardMenu/importFile'
import { importRefusalText, problemText } from '../boardMenu/importRefusalText'
import { apiErrorText } from '../errors/refusalText'

/** Opens a board file (the Niudai board file `.niudai.json`, or a `.tldr` — ours from earlier versions, or tldraw's) as a new board. */
export function ImportBoardButton() {
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const input = useRef<HTMLInputElement>(null)
	const [error, setError] = useState<string | null>(null)
	const [busy, setBusy] = useState(false)

	const upload = async (file: File) => {
		setBusy(true)
		setError(null)
		try {
			const title = file.name.replace(/(\.niudai)?\.(json|tldr)$/i, '')
			// A server with CREATE_POLICY=token lets only the admin token create boards.
			const admin = adminToken()
			const res = await fetch(`/api/boards/import?title=${encodeURIComponent(title)}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${admin}` } : {}) },
				body: file,
			})
			const body = (await res.json().catch(() => null)) as {
				url?: string
				error?: { code?: string; message?: string; problems?: ImportProblem[]; problemCount?: number }
			} | null
			if (body?.error?.code === 'creation_restricted') {
				setError(t('home.creationRestricted'))
				return
			}
			if (res.ok && body?.url) {
				// The new board's URL carries its facilitator token; the board page keeps it.
				navigate(body.url)
				return
			}
			const problems = body?.error?.problems ?? []
			const why = importRefusalText(
				{
					ok: false,
					code: body?.error?.code ?? '',
					status: res.status,
					message: body?.error?.message ?? '',
					problems,
					problemCount: body?.error?.problemCount ?? problems.length,
				},
				t,
			)
			// The first problem says what to fix; a board file has seldom more than one.
			const first = problems[0] ? ` ${problemText(problems[0].message, lang)}` : ''
			setError(t('home.importFailed', { message: `${why}${first}` }))
		} catch (err) {
			setError(t('home.importFailed', { message: apiErrorText(err, t) }))
		} finally {
			setBusy(false)
		}
	}

	return (
		<span className="nd-import-board">
			<input
				ref={input}
				type="file"
				accept=".json,.tldr,application/json"
				hidden
				data-testid="import-board-file"
				onChange={(e) => {
					const file = e.target.files?.[0]
					if (file) void upload(file)
					e.target.value = ''
				}}
			/>
			<button
				type="button"
				className="nd-button nd-button--ghost"
				disabled={busy}
				onClick={() => input.current?.click()}
			>
				{busy ? t('home.importing') : t('home.importBoard')}
			</button>
			{error && (
				<span className="nd-error" role="alert">
					{error}
				</span>
			)}
		</span>
	)
}
