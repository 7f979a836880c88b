import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { displayName, MAX_NAME_LENGTH, nameProblem, setDisplayName } from '../user/currentUser'

/** Asks for the display name shown to others; remembered in this browser. */
export function NamePrompt({ onDone }: { onDone(): void }) {
	const { t } = useTranslation()
	const [name, setName] = useState(displayName)
	const [problem, setProblem] = useState<string | null>(null)

	const submit = (e: FormEvent) => {
		e.preventDefault()
		const p = nameProblem(name)
		if (p) {
			setProblem(t(p, { max: MAX_NAME_LENGTH }))
			return
		}
		setDisplayName(name)
		onDone()
	}

	return (
		<div className="nd-modal" role="dialog" aria-modal="true" aria-labelledby="nd-name-title">
			<form className="nd-modal__card" onSubmit={submit} data-testid="name-prompt">
				<h2 id="nd-name-title">{t('name.title')}</h2>
				<p className="nd-muted">{t('name.hint')}</p>
				<input
					className="nd-input"
					data-testid="name-input"
					// biome-ignore lint/a11y/noAutofocus: the dialog exists to take this one answer
					autoFocus
					value={name}
					placeholder={t('name.placeholder')}
					onChange={(e) => setName(e.target.value)}
				/>
				{problem && (
					<p className="nd-error" role="alert">
						{problem}
					</p>
				)}
				<button type="submit" className="nd-button nd-button--primary" data-testid="name-confirm">
					{t('name.confirm')}
				</button>
			</form>
		</div>
	)
}
