import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadMinutes } from './minutesApi'
import { minutesErrorText } from './minutesErrorText'

/** 下载会议纪要: Word and Markdown buttons for one meeting, with a plain message when a download fails. */
export function MinutesDownloads({ boardId, meetingId, title }: { boardId: string; meetingId: string; title: string }) {
	const { t, i18n } = useTranslation()
	const [busy, setBusy] = useState(false)
	const [error, setError] = useState<string | null>(null)
	const get = (format: 'docx' | 'md') => {
		setBusy(true)
		setError(null)
		downloadMinutes(boardId, meetingId, `${title}-${t('minutes.title')}`, format, i18n.language)
			.catch((err: unknown) => setError(t('minutes.downloadFailed', { message: minutesErrorText(err, t) })))
			.finally(() => setBusy(false))
	}
	return (
		<div className="nd-minutes-downloads" data-testid="minutes-downloads">
			<span className="nd-minutes-downloads__label">{t('minutes.download')}</span>
			<button
				type="button"
				className="nd-button"
				disabled={busy}
				data-testid="minutes-download-docx"
				onClick={() => get('docx')}
			>
				{t('minutes.word')}
			</button>
			<button
				type="button"
				className="nd-button"
				disabled={busy}
				data-testid="minutes-download-md"
				onClick={() => get('md')}
			>
				{t('minutes.markdown')}
			</button>
			{error && (
				<p className="nd-error" role="alert">
					{error}
				</p>
			)}
		</div>
	)
}
