import type { ActivityEntry, ActivityKind } from '../../shared/activity/activityTypes'
import { CARD_KIND_LABELS, fieldsOfKind } from '../../shared/domain/cardFields'
import { isCardKind } from '../../shared/domain/cardProps'
import { rowsToCsv } from '../../shared/export/listsToCsv'
import type { Role } from '../../shared/protocol'

/** The columns of the activity CSV. */
export const ACTIVITY_CSV_HEADER = [
	'时间',
	'显示名（自报）',
	'链接标签',
	'角色',
	'动作',
	'对象',
	'对象类型',
	'字段',
] as const

const KIND_LABELS: Record<ActivityKind, string> = {
	card_created: '创建卡片',
	card_edited: '修改卡片',
	card_deleted: '删除卡片',
	link_made: '建立连线',
	link_edited: '修改连线',
	link_deleted: '删除连线',
	comment_added: '评论',
	thread_resolved: '解决讨论',
	thread_reopened: '重新打开讨论',
	vote_started: '发起投票',
	vote_ended: '结束投票',
	meeting_started: '开始会议',
	meeting_ended: '结束会议',
	version_saved: '保存版本',
	version_restored: '恢复版本',
	share_link_created: '创建分享链接',
	share_link_revoked: '停用分享链接',
}

const ROLE_LABELS: Record<Role, string> = { viewer: '只读', participant: '参会', editor: '编辑', facilitator: '主持人' }

const TARGET_TYPE_LABELS: Record<string, string> = {
	link: '连线',
	vote: '投票',
	meeting: '会议',
	version: '版本',
	share_link: '分享链接',
	point: '画布位置',
	shape: '图形',
}

const FIELD_LABELS: Record<string, string> = {
	position: '位置',
	size: '大小',
	isLocked: '锁定',
	type: '类型',
	mechanism: '机制',
	strategy: '策略',
	quantity: '数量',
	unit: '单位',
	note: '备注',
}

/** China Standard Time (UTC+8, no daylight saving): the time the CSV shows. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000

/** `ms` as `YYYY-MM-DD HH:mm:ss` in China Standard Time. */
export function chinaTime(ms: number): string {
	return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ')
}

function fieldLabel(targetType: string | null, field: string): string {
	if (isCardKind(targetType)) {
		const f = fieldsOfKind(targetType).find((d) => d.key === field)
		if (f) return f.zh
	}
	return FIELD_LABELS[field] ?? field
}

/** What the 链接标签 column says: the label, or who holds no link (the admin token, the server). */
function linkColumn(entry: ActivityEntry): string {
	if (entry.actor.linkId !== null) return entry.actor.linkLabel
	return entry.actor.role === null ? '（系统）' : '（管理员令牌）'
}

/** One CSV row of an entry (Chinese labels; times in China Standard Time; merged edits show their span). */
export function activityRow(entry: ActivityEntry): string[] {
	const lastAt = entry.lastAt ?? entry.at
	const time = lastAt > entry.at ? `${chinaTime(entry.at)} – ${chinaTime(lastAt).slice(11)}` : chinaTime(entry.at)
	const type = entry.targetType
	return [
		time,
		entry.actor.name,
		linkColumn(entry),
		entry.actor.role === null ? '系统' : ROLE_LABELS[entry.actor.role],
		KIND_LABELS[entry.kind] ?? entry.kind,
		entry.targetTitle,
		type === null ? '' : isCardKind(type) ? CARD_KIND_LABELS[type].zh : (TARGET_TYPE_LABELS[type] ?? type),
		entry.fields.map((f) => fieldLabel(type, f)).join('、'),
	]
}

/**
 * The activity log as a CSV file (pure): UTF-8 with BOM, CRLF, RFC 4180 quoting, cells that
 * a spreadsheet would run as a formula neutralised (shared/export/listsToCsv.ts), the
 * ACTIVITY_CSV_HEADER columns, entries in the order given (newest first).
 */
export function activityCsv(entries: readonly ActivityEntry[]): string {
	return rowsToCsv([[...ACTIVITY_CSV_HEADER], ...entries.map(activityRow)])
}
