import type { MinutesData, MinutesShape } from '../meeting/minutesData'
import { attendanceBySector } from '../meeting/minutesRead'
import type { MeetingVote } from '../meeting/minutesVotes'
import { topOfVote } from '../meeting/minutesVotes'
import type { PlanLang } from '../plan/planTypes'
import { formatPlanNumber } from './formatPlanNumber'
import { DEFAULT_MINUTES_TIME_ZONE, minutesDate, minutesPeriod, mword, roleLabel, sectorLabel } from './minutesText'
import { column, heading, note, type PlanBlock, type PlanDocument, type PlanRun, paragraph, table } from './planBlocks'
import { zhNumeral } from './planDoc/sectionContext'
import { colon, joinNames } from './planText'

/** Options of `minutesDocument`. */
export interface MinutesDocumentOptions {
	/** Language of headings and generated text; Chinese by default. What people typed is kept as typed. */
	lang?: PlanLang
	/** The time zone times are written in (IANA name); Asia/Shanghai by default. */
	timeZone?: string
}

/** Longest part of a thread's first comment the minutes quote. */
const COMMENT_QUOTE_LENGTH = 120

/** The file's base name: `<board title>-<meeting title>-会议纪要`. */
export function minutesFileBase(boardTitle: string, meetingTitle: string, lang: PlanLang = 'zh'): string {
	return [boardTitle.trim(), meetingTitle.trim(), mword(lang, 'minutes')].filter((s) => s !== '').join('-')
}

function count(n: number, lang: PlanLang): string {
	return lang === 'zh' ? `${formatPlanNumber(n, lang)} 人` : `${formatPlanNumber(n, lang)}`
}

function quoted(title: string, lang: PlanLang): string {
	return lang === 'zh' ? `「${title}」` : `“${title}”`
}

/** How the minutes name a shape by id: its title, or what it was when it has none or is gone. */
function shapeName(shapes: ReadonlyMap<string, MinutesShape>, id: string, lang: PlanLang): string {
	const shape = shapes.get(id)
	if (!shape) return mword(lang, 'deletedCard')
	if (shape.kind === 'arrow') return mword(lang, 'link')
	return shape.title.trim() === '' ? mword(lang, 'untitled') : shape.title
}

/** A label and its value as runs; the space after an English colon is not bold (Markdown would not close the bold). */
function labelled(text: string, value: string, lang: PlanLang): PlanRun[] {
	const sep = colon(lang)
	return [{ text: `${text}${sep.trimEnd()}`, bold: true }, { text: `${sep.slice(sep.trimEnd().length)}${value}` }]
}

/** Numbered level-2 headings under one level-1 heading: （一）… / 4.1 … */
function subHeading(lang: PlanLang, section: number, n: number, text: string): PlanBlock {
	return heading(2, lang === 'zh' ? `（${zhNumeral(n)}）${text}` : `${section}.${n} ${text}`)
}

function infoSection(d: MinutesData, lang: PlanLang, tz: string): PlanBlock[] {
	const { meeting } = d
	const rows: [string, string][] = [
		[mword(lang, 'meetingTitle'), meeting.title],
		[mword(lang, 'time'), minutesPeriod(meeting.startedAt, meeting.endedAt, lang, tz)],
		[mword(lang, 'place'), meeting.place || mword(lang, 'notGiven')],
		[mword(lang, 'facilitator'), meeting.facilitatorName || mword(lang, 'notGiven')],
		[mword(lang, 'present'), count(d.attendees.length, lang)],
		[mword(lang, 'recorder'), mword(lang, 'generated')],
	]
	return [
		heading(1, mword(lang, 'info')),
		{ type: 'list', ordered: false, items: rows.map(([l, v]) => labelled(l, v, lang)) },
	]
}

/** 参会方式: the link's label with its role, or the role alone when the label says as much. */
function via(linkLabel: string, role: string, lang: PlanLang): string {
	const label = linkLabel.trim()
	if (label === '' || label === role) return role
	return lang === 'zh' ? `${label}（${role}）` : `${label} (${role})`
}

function attendanceSection(d: MinutesData, lang: PlanLang): PlanBlock[] {
	const blocks: PlanBlock[] = [heading(1, mword(lang, 'attendance'))]
	if (d.attendees.length === 0) return [...blocks, note(mword(lang, 'noAttendance'))]
	const bySector = attendanceBySector(d.attendees)
		.filter((s) => s.sector !== null || s.count > 0)
		.map((s) => `${sectorLabel(s.sector, lang)} ${count(s.count, lang)}`)
	const summary =
		lang === 'zh'
			? `共 ${count(d.attendees.length, lang)}出席：${joinNames(bySector, lang)}。`
			: `${d.attendees.length} present: ${joinNames(bySector, lang)}.`
	blocks.push(paragraph(summary))
	blocks.push(
		table(
			[
				column(mword(lang, 'name'), 'text', { minChars: 8 }),
				column(mword(lang, 'organisation'), 'text', { weight: 2 }),
				column(mword(lang, 'sector'), 'text', { minChars: 4 }),
				column(mword(lang, 'via'), 'text', { weight: 1.5 }),
			],
			d.attendees.map((a) => [
				a.name.trim() || mword(lang, 'unnamed'),
				a.organisation,
				sectorLabel(a.sector, lang),
				via(a.linkLabel, roleLabel(a.role, lang), lang),
			]),
		),
	)
	if (d.attendees.some((a) => a.checkedInAt === null)) blocks.push(note(mword(lang, 'notCheckedInNote')))
	return blocks
}

function agendaSection(d: MinutesData, lang: PlanLang): PlanBlock[] {
	const { agenda } = d.meeting
	return [
		heading(1, mword(lang, 'agenda')),
		agenda.length === 0
			? note(mword(lang, 'noAgenda'))
			: { type: 'list', ordered: true, items: agenda.map((topic) => [{ text: topic }]) },
	]
}

/** The heading of the meeting's `n`-th vote (1-based): 第一次表决 / Vote 1. */
function voteTitle(n: number, lang: PlanLang): string {
	return lang === 'zh' ? `第${zhNumeral(n)}次表决` : `Vote ${n}`
}

/** How a 决议 names its vote: 第一次表决 when held in this meeting, else its time (2026年3月1日 14:20 的表决). */
function voteName(v: MeetingVote, d: MinutesData, lang: PlanLang, tz: string): string {
	const n = d.votes.findIndex((x) => x.session.id === v.session.id)
	if (n >= 0) return lang === 'zh' ? voteTitle(n + 1, lang) : `vote ${n + 1}`
	const at = minutesPeriod(v.session.startedAt, v.session.endedAt, lang, tz)
	return lang === 'zh' ? `${at} 的表决` : `the vote of ${at}`
}

function voteScope(v: MeetingVote, d: MinutesData, lang: PlanLang): string {
	const { frameId } = v.session
	if (frameId === null) return mword(lang, 'wholeBoard')
	const frame = d.shapes.get(frameId)
	return frame ? quoted(frame.title.trim() || mword(lang, 'untitled'), lang) : mword(lang, 'deletedFrame')
}

function votesSection(d: MinutesData, lang: PlanLang, tz: string): PlanBlock[] {
	const blocks: PlanBlock[] = [heading(1, mword(lang, 'votes'))]
	if (d.votes.length === 0) return [...blocks, note(mword(lang, 'noVotes'))]
	d.votes.forEach((v, i) => {
		const { session } = v
		const period = minutesPeriod(session.startedAt, session.endedAt, lang, tz)
		blocks.push(subHeading(lang, 4, i + 1, voteTitle(i + 1, lang)))
		const facts =
			lang === 'zh'
				? `时间：${period}；范围：${voteScope(v, d, lang)}；每人 ${session.dotsPerVoter} 票；${count(v.voters, lang)}投票；${mword(lang, session.anonymous ? 'anonymous' : 'named')}。`
				: `Time: ${period}; scope: ${voteScope(v, d, lang)}; ${session.dotsPerVoter} dots each; ${v.voters} voters; ${mword(lang, session.anonymous ? 'anonymous' : 'named')}.`
		blocks.push(paragraph(facts))
		const voted = v.ranking.filter((r) => r.count > 0)
		if (voted.length === 0) {
			blocks.push(note(mword(lang, 'noDots')))
			return
		}
		blocks.push(
			table(
				[
					// A text column, so its header (Rank) never breaks over two lines.
					column(mword(lang, 'rank'), 'text', { minChars: 5, weight: 0.1 }),
					column(mword(lang, 'need'), 'text', { weight: 4 }),
					column(mword(lang, 'dots'), 'number'),
				],
				voted.map((r) => [String(r.rank), r.title.trim() || mword(lang, 'untitled'), formatPlanNumber(r.count, lang)]),
			),
		)
		const without = v.ranking.length - voted.length
		if (without > 0) {
			blocks.push(
				note(
					lang === 'zh'
						? `另有 ${without} 项需求未获投票。`
						: `${without} more need${without === 1 ? '' : 's'} received no dot.`,
				),
			)
		}
	})
	return blocks
}

function decisionRuns(
	decision: MinutesData['decisions'][number],
	d: MinutesData,
	lang: PlanLang,
	tz: string,
): PlanRun[] {
	const runs: PlanRun[] = [{ text: decision.text.trim() || mword(lang, 'untitled') }]
	const notes: string[] = []
	if (decision.cardIds.length > 0) {
		const cards = decision.cardIds.map((id) => quoted(shapeName(d.shapes, id, lang), lang))
		notes.push(`${mword(lang, 'linkedCards')}${colon(lang)}${joinNames(cards, lang)}`)
	}
	if (decision.voteId !== null) {
		const vote = d.votesById.get(decision.voteId)
		if (!vote) notes.push(`${mword(lang, 'decidedBy')}${mword(lang, 'unknownVote')}`)
		else {
			const top = topOfVote(vote).map((r) =>
				lang === 'zh'
					? `${r.title.trim() || mword(lang, 'untitled')} ${r.count} 票`
					: `${r.title.trim() || mword(lang, 'untitled')} (${r.count})`,
			)
			const name = voteName(vote, d, lang, tz)
			const by = lang === 'zh' ? `依据${name}` : `decided by ${name}`
			notes.push(top.length > 0 ? `${by}${colon(lang)}${joinNames(top, lang)}` : by)
		}
	}
	if (notes.length > 0) {
		runs.push({ text: lang === 'zh' ? `（${notes.join('；')}）` : ` (${notes.join('; ')})` })
	}
	return runs
}

function decisionsSection(d: MinutesData, lang: PlanLang, tz: string): PlanBlock[] {
	return [
		heading(1, mword(lang, 'decisions')),
		d.decisions.length === 0
			? note(mword(lang, 'noDecisions'))
			: { type: 'list', ordered: true, items: d.decisions.map((x) => decisionRuns(x, d, lang, tz)) },
	]
}

function actionsSection(d: MinutesData, lang: PlanLang): PlanBlock[] {
	const blocks: PlanBlock[] = [heading(1, mword(lang, 'actions'))]
	if (d.actions.length === 0) return [...blocks, note(mword(lang, 'noActions'))]
	blocks.push(
		table(
			[
				column(mword(lang, 'who'), 'text', { minChars: 8 }),
				column(mword(lang, 'what'), 'text', { weight: 3 }),
				column(mword(lang, 'due'), 'date'),
				column(mword(lang, 'project'), 'text', { weight: 1.5 }),
				column(mword(lang, 'status'), 'text', { minChars: 6 }),
			],
			d.actions.map((a) => [
				a.who,
				a.what,
				minutesDate(a.due, lang),
				a.projectId === null ? '' : shapeName(d.shapes, a.projectId, lang),
				mword(lang, a.done ? 'done' : 'open'),
			]),
		),
	)
	return blocks
}

function commentsSection(d: MinutesData, lang: PlanLang): PlanBlock[] {
	const blocks: PlanBlock[] = [heading(1, mword(lang, 'comments'))]
	if (d.resolvedThreads.length === 0) return [...blocks, note(mword(lang, 'noComments'))]
	blocks.push(
		table(
			[
				column(mword(lang, 'card'), 'text', { weight: 1.5 }),
				column(mword(lang, 'comment'), 'text', { weight: 4 }),
				column(mword(lang, 'resolvedBy'), 'text', { minChars: 8 }),
			],
			d.resolvedThreads.map((t) => {
				const where = t.target?.type === 'shape' ? shapeName(d.shapes, t.target.shapeId, lang) : mword(lang, 'onCanvas')
				const body = t.body.trim() === '' ? mword(lang, 'deletedComment') : t.body.trim()
				const quote = body.length > COMMENT_QUOTE_LENGTH ? `${body.slice(0, COMMENT_QUOTE_LENGTH)}…` : body
				const author = t.authorName.trim() ? `${t.authorName.trim()}${colon(lang)}` : ''
				const replies =
					t.replies === 0
						? ''
						: lang === 'zh'
							? `（${t.replies} 条回复）`
							: ` (${t.replies} repl${t.replies === 1 ? 'y' : 'ies'})`
				return [where, `${author}${quote}${replies}`, t.resolvedBy]
			}),
		),
	)
	return blocks
}

/**
 * The 会议纪要 of a meeting as a renderer-neutral document — the same block model as the
 * 项目计划书, so the Markdown and the Word renderers write it: the board and meeting as
 * title, then 一、会议信息 (time, place, chair, 本纪要由纽带自动生成), 二、出席情况 (count by
 * sector and a table of who came through which link), 三、议题, 四、表决结果 (each vote's
 * scope, dots per person, voters and ranking with shared ranks), 五、决议 (with linked
 * cards and the deciding vote's first needs), 六、待办事项 and 七、会上解决的评论. A section
 * without content says so. Pure.
 */
export function minutesDocument(d: MinutesData, opts: MinutesDocumentOptions = {}): PlanDocument {
	const lang = opts.lang ?? 'zh'
	const tz = opts.timeZone ?? DEFAULT_MINUTES_TIME_ZONE
	const meetingTitle = d.meeting.title.trim()
	// 联席会议 + 会议纪要 reads 联席会议纪要.
	const subtitle =
		lang === 'zh'
			? `${meetingTitle}${meetingTitle.endsWith('会议') ? '纪要' : mword(lang, 'minutes')}`
			: `${mword(lang, 'minutes')}: ${meetingTitle}`
	const blocks: PlanBlock[] = [
		{ type: 'title', text: d.boardTitle.trim() || meetingTitle, subtitle, compact: true },
		...infoSection(d, lang, tz),
		...attendanceSection(d, lang),
		...agendaSection(d, lang),
		...votesSection(d, lang, tz),
		...decisionsSection(d, lang, tz),
		...actionsSection(d, lang),
		...commentsSection(d, lang),
	]
	return { lang, title: minutesFileBase(d.boardTitle, meetingTitle, lang), parts: [{ kind: 'body', blocks }] }
}
