import { useEditor, useValue } from '@tldraw/tldraw'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateSummary } from '../../shared/apiTypes'
import { can } from '../../shared/auth/permissions'
import type { Role } from '../../shared/protocol'
import { isTemplateId } from '../../shared/templates/templateIds'
import { api } from '../api/apiClient'
import { useDismiss } from '../app/useDismiss'
import { ExportMenuItems, ImportDialog } from '../board/lazyParts'
import { SignOutDialog } from './SignOutDialog'
import { SignOutMenuItem } from './SignOutMenuItem'
import { setTemplateFramesLocked, templateFrames } from './templateFrames'

/** The board menu in the top bar: insert a template, exports, imports, lock or unlock template frames, sign out on this device. */
export function BoardMenu({ boardId, title, role }: { boardId: string; title: string; role: Role }) {
	const canEdit = can(role, 'editBoard')
	const editor = useEditor()
	const [importing, setImporting] = useState(false)
	const [signingOut, setSigningOut] = useState(false)
	const [exportError, setExportError] = useState<string | null>(null)
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const [open, setOpen] = useState(false)
	const [templates, setTemplates] = useState<TemplateSummary[]>([])
	const ref = useRef<HTMLDivElement>(null)
	const frames = useValue('template frames', () => templateFrames(editor), [editor])
	const anyUnlocked = frames.some((f) => !f.isLocked)

	useEffect(() => {
		if (!open) return
		api.listTemplates().then(
			(r) => setTemplates(r.templates.filter((tpl) => tpl.id !== 'blank')),
			() => setTemplates([]),
		)
	}, [open])
	const close = useCallback(() => setOpen(false), [])
	useDismiss(ref, open, close)

	return (
		<div className="nd-menu" ref={ref}>
			<button
				type="button"
				className="nd-button nd-button--ghost"
				aria-expanded={open}
				data-testid="board-menu"
				onClick={() => setOpen(!open)}
			>
				{t('boardMenu.title')} ▾
			</button>
			{open && (
				<div className="nd-menu__popover" role="menu">
					{canEdit && <div className="nd-menu__section">{t('boardMenu.insertTemplate')}</div>}
					{(canEdit ? templates : []).map((tpl) => (
						<button
							key={tpl.id}
							type="button"
							role="menuitem"
							className="nd-menu__item"
							data-testid={`insert-template-${tpl.id}`}
							onClick={() => {
								const id = tpl.id
								// The templates' code loads only when one is inserted.
								if (isTemplateId(id)) void import('./insertTemplate').then((m) => m.insertTemplate(editor, id, lang))
								setOpen(false)
							}}
						>
							{tpl[lang].name}
						</button>
					))}
					<ExportMenuItems
						boardId={boardId}
						title={title}
						onDone={() => setOpen(false)}
						onError={(message) => setExportError(message)}
					/>
					{canEdit && (
						<>
							<div className="nd-menu__section">{t('imports.title')}</div>
							<button
								type="button"
								role="menuitem"
								className="nd-menu__item"
								data-testid="open-import"
								onClick={() => {
									setImporting(true)
									setOpen(false)
								}}
							>
								{t('imports.open')}
							</button>
						</>
					)}
					{role === 'facilitator' && frames.length > 0 && (
						<>
							<div className="nd-menu__section">{t('boardMenu.frames')}</div>
							<button
								type="button"
								role="menuitem"
								className="nd-menu__item"
								data-testid="toggle-frame-lock"
								onClick={() => {
									setTemplateFramesLocked(editor, anyUnlocked)
									setOpen(false)
								}}
							>
								{anyUnlocked ? t('boardMenu.lockFrames') : t('boardMenu.unlockFrames')}
							</button>
						</>
					)}
					<SignOutMenuItem
						onChoose={() => {
							setOpen(false)
							setSigningOut(true)
						}}
					/>
				</div>
			)}
			{importing && <ImportDialog boardId={boardId} onClose={() => setImporting(false)} />}
			{signingOut && <SignOutDialog boardId={boardId} title={title} onClose={() => setSigningOut(false)} />}
			{exportError && (
				<p className="nd-error nd-toast" role="alert">
					{t('exports.failed', { message: exportError })}{' '}
					<button type="button" className="nd-link" onClick={() => setExportError(null)}>
						✕
					</button>
				</p>
			)}
		</div>
	)
}
