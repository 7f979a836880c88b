import { useEditor } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { word } from '../../shared/export/planText'
import { exportPlanDocx, leavePrintPictures } from '../plan/exportPlanDocx'
import { type LongWorkKind, runLongWork, useLongWork } from '../progress/longWork'
import { longWorkErrorKind } from '../progress/longWorkError'
import { canvasImage, downloadBlob, downloadExport, fileNameFor } from './exportActions'

const LISTS = ['needs', 'resources', 'projects', 'matches', 'actors'] as const

/** The export items of the board menu: plan, lists, board file, pictures, print page. */
export function ExportMenuItems({
	boardId,
	title,
	onDone,
	onError,
}: {
	boardId: string
	title: string
	onDone(): void
	onError(message: string): void
}) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	// Long exports show their progress line (and their failure in plain words) while the menu is closed; the others run quietly.
	const working = useLongWork().state === 'running'
	const run = (kind: LongWorkKind | null, action: () => Promise<void>) => {
		onDone()
		if (kind) void runLongWork(kind, action)
		// The failure in plain words (`exports.failed` frames it), never the server's English.
		else action().catch((err: unknown) => onError(t(`guidance.progress.errors.${longWorkErrorKind(err)}`)))
	}
	const item = (key: string, label: string, action: () => Promise<void>, kind: LongWorkKind | null = null) => (
		<button
			key={key}
			type="button"
			role="menuitem"
			className="nd-menu__item"
			data-testid={`export-${key}`}
			disabled={working}
			onClick={() => run(kind, action)}
		>
			{label}
		</button>
	)
	return (
		<>
			<div className="nd-menu__section">{t('exports.title')}</div>
			{item(
				'docx',
				t('exports.docx'),
				() =>
					exportPlanDocx(editor, {
						boardId,
						lang,
						fileName: fileNameFor(title, 'docx'),
						boardTitle: word(lang, 'wholeBoard'),
					}),
				'docx',
			)}
			<button
				type="button"
				role="menuitem"
				className="nd-menu__item"
				data-testid="export-print"
				disabled={working}
				onClick={() => {
					onDone()
					// The print page carries the same pictures of the canvas stages as the Word file.
					const picture = runLongWork('print', () => leavePrintPictures(editor, boardId, word(lang, 'wholeBoard')))
					void picture.then(() => {
						const url = `/b/${encodeURIComponent(boardId)}/plan`
						// A popup blocker may refuse a tab opened after the picture was made: open it here then.
						if (!window.open(url, '_blank')) window.location.assign(url)
					})
				}}
			>
				{t('exports.print')}
			</button>
			{item(
				'md',
				t('exports.md'),
				() => downloadExport(boardId, 'md', fileNameFor(title, 'md'), { extra: { lang } }),
				'markdown',
			)}
			{item(
				'xlsx',
				t('exports.xlsx'),
				() => downloadExport(boardId, 'xlsx', fileNameFor(title, 'xlsx'), { extra: { lang } }),
				'xlsx',
			)}
			{LISTS.map((list) =>
				item(
					`csv-${list}`,
					t('exports.csv', { list: t(`exports.lists.${list}`) }),
					() =>
						downloadExport(boardId, 'csv', fileNameFor(`${title}-${t(`exports.lists.${list}`)}`, 'csv'), {
							extra: { list, lang },
						}),
					'csv',
				),
			)}
			{item(
				'png',
				t('exports.png'),
				async () => {
					const blob = await canvasImage(editor, 'png')
					if (blob) downloadBlob(blob, fileNameFor(title, 'png'))
				},
				'picture',
			)}
			{item(
				'svg',
				t('exports.svg'),
				async () => {
					const blob = await canvasImage(editor, 'svg')
					if (blob) downloadBlob(blob, fileNameFor(title, 'svg'))
				},
				'picture',
			)}
			{/* The lossless board file Niudai imports again, and a tldraw file of tldraw's own shapes for tldraw.com. */}
			{item('json', t('exports.json'), () => downloadExport(boardId, 'json', fileNameFor(title, 'niudai.json')))}
			{item('tldr', t('exports.tldr'), () =>
				downloadExport(boardId, 'tldr', fileNameFor(title, 'tldr'), { extra: { lang } }),
			)}
		</>
	)
}
