import { type TLShape, useEditor, useValue } from '@tldraw/tldraw'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
	createVoteSession,
	DEFAULT_DOTS_PER_VOTER,
	MAX_DOTS_PER_VOTER,
	MIN_DOTS_PER_VOTER,
} from '../../shared/meeting/vote'
import { type StartVoteProblem, startVote } from './voteActions'
import { editorEligibleNeedIds, voteFrameOptions } from './voteEligibleNeeds'

/** The facilitator's form to start a vote: dots per person, anonymous, whole board or one frame. */
export function VoteStartForm({ doc, onStarted }: { doc: Y.Doc; onStarted(): void }) {
	const editor = useEditor()
	const { t } = useTranslation()
	const ids = useId()
	const [dots, setDots] = useState(DEFAULT_DOTS_PER_VOTER)
	const [anonymous, setAnonymous] = useState(false)
	const [frameId, setFrameId] = useState('')
	const [problem, setProblem] = useState<StartVoteProblem | null>(null)
	// A string, so moving cards does not re-render the form.
	const untitled = t('vote.untitledFrame')
	const framesJson = useValue('vote frames', () => JSON.stringify(voteFrameOptions(editor, untitled)), [
		editor,
		untitled,
	])
	const frames = useMemo(() => JSON.parse(framesJson) as { id: string; label: string }[], [framesJson])
	const clamp = (n: number) => Math.min(MAX_DOTS_PER_VOTER, Math.max(MIN_DOTS_PER_VOTER, Math.round(n) || 1))

	const start = () => {
		const scope = frames.some((f) => f.id === frameId) ? frameId : null
		const needs = editor.store.allRecords().filter((r): r is TLShape => r.typeName === 'shape' && r.type === 'need')
		const probe = createVoteSession({ id: 'probe', dotsPerVoter: dots, anonymous, frameId: scope, now: 0 })
		const eligibleCount = editorEligibleNeedIds(editor, needs, probe).size
		const result = startVote(doc, { dotsPerVoter: dots, anonymous, frameId: scope, eligibleCount })
		setProblem(result.ok ? null : result.problem)
		if (result.ok) onStarted()
	}

	return (
		<form
			className="nd-vote__form"
			data-testid="vote-start-form"
			onSubmit={(e) => {
				e.preventDefault()
				start()
			}}
		>
			<label htmlFor={`${ids}-dots`}>{t('vote.dotsPerVoter')}</label>
			<div className="nd-vote__stepper">
				<button
					type="button"
					className="nd-vote__dot-button"
					aria-label={t('vote.fewerDots')}
					disabled={dots <= MIN_DOTS_PER_VOTER}
					onClick={() => setDots(clamp(dots - 1))}
				>
					−
				</button>
				<input
					id={`${ids}-dots`}
					className="nd-vote__dots-input"
					data-testid="vote-dots"
					type="number"
					inputMode="numeric"
					min={MIN_DOTS_PER_VOTER}
					max={MAX_DOTS_PER_VOTER}
					value={dots}
					onChange={(e) => setDots(clamp(Number(e.target.value)))}
				/>
				<button
					type="button"
					className="nd-vote__dot-button nd-vote__dot-button--add"
					aria-label={t('vote.moreDots')}
					disabled={dots >= MAX_DOTS_PER_VOTER}
					onClick={() => setDots(clamp(dots + 1))}
				>
					+
				</button>
			</div>

			<label className="nd-vote__check">
				<input
					type="checkbox"
					data-testid="vote-anonymous"
					checked={anonymous}
					onChange={(e) => setAnonymous(e.target.checked)}
				/>
				<span>
					{t('vote.anonymous')}
					<small className="nd-muted">{t('vote.anonymousHint')}</small>
				</span>
			</label>

			<label htmlFor={`${ids}-scope`}>{t('vote.scope')}</label>
			<select
				id={`${ids}-scope`}
				className="nd-vote__select"
				data-testid="vote-scope"
				value={frameId}
				onChange={(e) => setFrameId(e.target.value)}
			>
				<option value="">{t('vote.scopeBoard')}</option>
				{frames.map((f) => (
					<option key={f.id} value={f.id}>
						{f.label || t('vote.untitledFrame')}
					</option>
				))}
			</select>

			{problem && (
				<p className="nd-vote__error" role="alert" data-testid="vote-error">
					{t(`vote.problem.${problem}`)}
				</p>
			)}
			<button type="submit" className="nd-button nd-button--primary nd-vote__wide" data-testid="vote-start">
				{t('vote.start')}
			</button>
		</form>
	)
}
