import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { richTextPlain } from '../../shared/export/boardToTldrawFile'
import { cardRecord, linkRecords } from '../../shared/plan/planTestRecords'
import type { Plan } from '../../shared/plan/planTypes'
import { getYPrivate, splitAllPrivateProps, writePrivateProps } from '../../shared/privateDocLayout'
import { privateSyncRoom } from '../../shared/protocol'
import { mulberry32 } from '../../shared/random/mulberry32'
import { getYRecords, type PlainRecord, writeRecord } from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { startTestServer } from './testServer'

/**
 * A seeded REST fuzzer: thousands of malformed, mistyped, oversized and path-tricked
 * requests to every route. Never a 5xx, never a stack trace or a file path in a body,
 * and every 4xx is JSON with `error.message`. Then: XSS strings in card fields and the
 * board title stay inert in every export.
 *
 * `FUZZ_SEED` reproduces the request sequence, `FUZZ_REQUESTS` sets how many (default 5000).
 */

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : 20_261_124
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 5000)
const CONCURRENCY = 8
const tag = `[fuzzRest seed=${SEED}]`

const next = mulberry32(SEED)
const int = (n: number) => Math.floor(next() * n)
const chance = (p: number) => next() < p
const pick = <T>(items: readonly T[]): T => items[int(items.length)]
const randomBytes = (n: number) => {
	const b = Buffer.alloc(n)
	for (let i = 0; i < n; i++) b[i] = int(256)
	return b
}

const XSS = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'=HYPERLINK("http://x","点我")',
	"+cmd|' /C calc'!A0",
	'-2+3',
	'@SUM(1+1)',
	"javascript:alert('x')",
	'<svg onload=alert(1)>',
	'</w:t></w:r><w:r><w:t>injected',
	'{{constructor.constructor("alert(1)")()}}',
]
const XSS_TITLE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>=HYPERLINK("http://x")'

/** What the fuzzer found wrong, with the request that did it. */
const failures: string[] = []
const statuses: Record<string, number> = {}
const byRoute: Record<string, number> = {}
let clientErrors = 0
let refusedByNodeParser = 0

let server: RunningServer & { dataDir: string }
let agent: http.Agent
let board: { id: string; token: string | null }
let other: { id: string; token: string | null }
let viewerToken: string | null = null
let editorToken: string | null = null
let xlsxSample: Buffer = Buffer.alloc(0)
let jsonSample = ''
let csvSample = ''

interface FuzzRequest {
	method: string
	path: string
	headers: Record<string, string>
	body?: Buffer
	route: string
}

interface FuzzResponse {
	status: number
	headers: http.IncomingHttpHeaders
	body: Buffer
}

function send(req: FuzzRequest): Promise<FuzzResponse> {
	return new Promise((resolve, reject) => {
		const headers = { ...req.headers }
		if (req.body !== undefined) headers['content-length'] = String(req.body.length)
		const r = http.request(
			{ host: '127.0.0.1', port: server.port, method: req.method, path: req.path, headers, agent },
			(res) => {
				const chunks: Buffer[] = []
				let size = 0
				res.on('data', (c: Buffer) => {
					size += c.length
					if (size <= 30 * 1024 * 1024) chunks.push(c)
				})
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
				res.on('error', reject)
			},
		)
		r.on('error', reject)
		r.end(req.body)
	})
}

function describeRequest(req: FuzzRequest): string {
	const body = req.body
		? ` body(${req.body.length} B): ${JSON.stringify(req.body.subarray(0, 120).toString('latin1'))}`
		: ''
	const headers = JSON.stringify(req.headers).slice(0, 300)
	return `${req.method} ${req.path.slice(0, 300)} ${headers}${body}`
}

/** Stack frames, file paths, or where the server keeps its data (unless the request itself said it). */
function leaks(text: string, req: FuzzRequest): string | null {
	const said = `${decodeURIComponentSafe(req.path)} ${req.body?.toString('latin1') ?? ''}`
	if (/\n\s+at\s+\S.*:\d+:\d+/.test(text)) return 'a stack trace'
	for (const marker of ['/work/', 'node_modules', 'file://', server.dataDir, process.cwd()]) {
		if (text.includes(marker) && !said.includes(marker)) return `"${marker}"`
	}
	return null
}

function decodeURIComponentSafe(s: string): string {
	try {
		return `${s} ${decodeURIComponent(s)}`
	} catch {
		return s
	}
}

function check(req: FuzzRequest, res: FuzzResponse): void {
	statuses[res.status] = (statuses[res.status] ?? 0) + 1
	const fail = (what: string) => {
		if (failures.length < 40) failures.push(`${what} — ${res.status} for ${describeRequest(req)}`)
	}
	if (res.status >= 500) fail(`a ${res.status}`)
	if (res.headers['access-control-allow-origin'] !== undefined) fail('Access-Control-Allow-Origin sent')
	if (res.headers['x-powered-by'] !== undefined) fail('X-Powered-By sent')
	const type = String(res.headers['content-type'] ?? '')
	const isJson = type.includes('application/json')
	if (res.status >= 400 || isJson) {
		const leak = leaks(res.body.toString('utf8'), req)
		if (leak) fail(`${leak} in the body`)
	}
	// Node's own HTTP parser answers a request line or headers it will not read (over 16 KB: 431,
	// malformed: 400) before the app sees it: an empty body, and the connection is closed.
	if ((res.status === 431 || res.status === 400) && !type && res.body.length === 0) {
		refusedByNodeParser++
		return
	}
	if (res.status >= 400 && req.method !== 'HEAD') {
		if (!isJson) {
			fail(`a ${res.status} that is not JSON (${type || 'no content type'})`)
			return
		}
		try {
			const body = JSON.parse(res.body.toString('utf8')) as { error?: { message?: unknown; code?: unknown } }
			if (typeof body.error?.message !== 'string' || body.error.message.length === 0) fail('no error.message')
			if (typeof body.error?.code !== 'string') fail('no error.code')
		} catch {
			fail('an unparsable JSON error body')
		}
	}
}

function authOf(token: string | null): Record<string, string> {
	return token ? { authorization: `Bearer ${token}` } : {}
}

async function createBoard(title: string, template?: string): Promise<{ id: string; token: string | null }> {
	const res = await fetch(`${server.url}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(template ? { title, template } : { title }),
	})
	if (res.status !== 201) throw new Error(`create board failed: ${res.status} ${await res.text()}`)
	const body = (await res.json()) as { id: string; url: string }
	return { id: body.id, token: new URL(body.url, server.url).searchParams.get('t') }
}

async function linkToken(b: { id: string; token: string | null }, role: string): Promise<string | null> {
	if (!b.token) return null
	const res = await fetch(`${server.url}/api/boards/${b.id}/links`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...authOf(b.token) },
		body: JSON.stringify({ role, label: `fuzz ${role}` }),
	})
	if (res.status !== 201) return null
	return new URL(((await res.json()) as { url: string }).url, server.url).searchParams.get('t')
}

/**
 * Writes records into a board through official y-websocket clients — private props
 * (contacts) into its private document — and waits for the rooms to have them.
 */
async function writeRecords(b: { id: string; token: string | null }, records: PlainRecord[]): Promise<void> {
	const split = splitAllPrivateProps(records)
	const open = (room: string, doc: Y.Doc) =>
		new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, room, doc, {
			WebSocketPolyfill: WebSocket as never,
			disableBc: true,
			params: b.token ? { t: b.token } : {},
		})
	const doc = new Y.Doc()
	const privateDoc = new Y.Doc()
	const provider = open(b.id, doc)
	const privateProvider = open(privateSyncRoom(b.id), privateDoc)
	const synced = (p: WebsocketProvider) =>
		new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('sync timed out')), 10_000)
			p.on('sync', (ok: boolean) => {
				if (!ok) return
				clearTimeout(timer)
				resolve()
			})
		})
	try {
		await Promise.all([synced(provider), synced(privateProvider)])
		privateDoc.transact(() => {
			for (const [id, props] of split.privateProps) writePrivateProps(getYPrivate(privateDoc), id, props)
		})
		doc.transact(() => {
			const yRecords = getYRecords(doc)
			for (const rec of split.records) writeRecord(yRecords, rec)
		})
		const started = Date.now()
		for (;;) {
			const room = server.rooms.peek(b.id)
			const have = room ? getYRecords(room.doc) : null
			const privateRoom = server.rooms.peek(b.id, 'private')
			const havePrivate = privateRoom ? getYPrivate(privateRoom.doc) : null
			if (
				have &&
				havePrivate &&
				records.every((r) => have.has(r.id)) &&
				[...split.privateProps.keys()].every((id) => havePrivate.has(id))
			) {
				break
			}
			if (Date.now() - started > 10_000) throw new Error('the room did not get the records')
			await new Promise((r) => setTimeout(r, 20))
		}
	} finally {
		provider.destroy()
		privateProvider.destroy()
	}
}

/** Cards of every kind whose text fields carry XSS and formula strings, and a link between two of them. */
function xssRecords(): PlainRecord[] {
	const need = cardRecord('need', 'xssNeed', {
		title: XSS[0],
		description: XSS[1],
		targetGroup: XSS[2],
		raisedBy: XSS[3],
		location: XSS[4],
	})
	const resource = cardRecord('resource', 'xssResource', {
		title: XSS[2],
		description: XSS[0],
		provider: XSS[5],
		unit: XSS[3],
		availability: XSS[1],
		location: XSS[6],
		conditions: XSS[7],
		contact: XSS[8],
	})
	const actor = cardRecord('actor', 'xssActor', { title: XSS[3], description: XSS[9], contact: XSS[2] })
	const project = cardRecord('project', 'xssProject', {
		title: XSS[1],
		goal: XSS[0],
		targetGroup: XSS[2],
		leadActor: XSS[5],
		partners: [XSS[3], XSS[0]],
		risks: [{ risk: XSS[7], response: XSS[0] }],
		activities: [{ date: '2024-01-01', content: XSS[0], owner: XSS[2], place: '', participants: '' }],
		budget: [
			{
				category: 'other',
				item: XSS[1],
				quantity: null,
				unit: '',
				unitPrice: null,
				amount: 10,
				source: '' as never,
				form: 'cash',
			},
		],
		indicators: [{ name: XSS[2], dimension: '' as never, target: 1, actual: 1, unit: XSS[3], baseline: null }],
	})
	const more = [
		cardRecord('need', 'xssNeed2', { title: XSS[5], description: XSS[2] }),
		cardRecord('resource', 'xssResource2', { title: XSS[4], description: XSS[3] }),
	]
	const link = linkRecords('xssLink', resource, need, { meta: { note: XSS[0], unit: XSS[2] } })
	return [need, resource, actor, project, ...more, ...link]
}

// ---------------------------------------------------------------------------------------------
// Request generation
// ---------------------------------------------------------------------------------------------

const PATH_TRICKS = [
	'..%2F..%2F..%2Fetc%2Fpasswd',
	'..%2f..%2fpackage.json',
	'%2e%2e',
	'%2e%2e%2f%2e%2e',
	'..',
	'.',
	'%00',
	'abcdefghij%00',
	'%252e%252e%252f',
	'..%5c..%5cwindows',
	'%E9%9C%80%E6%B1%82%E8%B5%84%E6%BA%90', // 需求资源
	'%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80',
	'%ff%fe',
	'%E0%A4%A',
	'%',
	'__proto__',
	'constructor',
	'prototype',
	'null',
	'undefined',
	'CON',
	'a'.repeat(33),
	'a'.repeat(9),
	'A'.repeat(5000),
	'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'%0d%0aSet-Cookie:%20x=1',
	'id;rm%20-rf',
	"'%20OR%20'1'='1",
	'%20',
	'',
]

const QUERY_KEYS = ['format', 'list', 'lang', 'private', 'title', 'name', 't', 'trash', 'x', '__proto__[a]', 'format[]']
const QUERY_VALUES = [
	'md',
	'csv',
	'json',
	'tldr',
	'docx',
	'xlsx',
	'pdf',
	'needs',
	'resources',
	'projects',
	'matches',
	'actors',
	'zh',
	'en',
	'fr',
	'0',
	'1',
	'2',
	'true',
	'',
	'%00',
	'%E9%9C%80',
	'%3Cscript%3E',
	'..%2F..%2F',
	'a'.repeat(300),
	'b'.repeat(4000),
]

function randomQuery(): string {
	if (chance(0.3)) return ''
	const n = 1 + int(4)
	const parts: string[] = []
	for (let i = 0; i < n; i++) parts.push(`${pick(QUERY_KEYS)}=${pick(QUERY_VALUES)}`)
	if (chance(0.01)) parts.push(`x=${'b'.repeat(20_000)}`) // over Node's header limit
	if (chance(0.05)) parts.push('format=md&format=csv')
	if (chance(0.03)) parts.push('&&&=&=')
	return `?${parts.join('&')}`
}

function randomToken(): string {
	return pick([
		'x',
		'a'.repeat(43),
		'a'.repeat(300),
		'Zm9vYmFy',
		randomBytes(32).toString('base64url'),
		'../../etc/passwd',
		'null',
		'%00',
		'<script>',
	])
}

function randomAuth(): { headers: Record<string, string>; query: string } {
	const roll = int(100)
	const tokenOf = (t: string | null): Record<string, string> => (t ? { authorization: `Bearer ${t}` } : {})
	if (roll < 40) return { headers: tokenOf(board.token), query: '' }
	if (roll < 48) return { headers: tokenOf(viewerToken), query: '' }
	if (roll < 54) return { headers: tokenOf(editorToken), query: '' }
	if (roll < 58) return { headers: tokenOf(other.token), query: '' }
	if (roll < 64 && board.token) return { headers: {}, query: `t=${encodeURIComponent(board.token)}` }
	if (roll < 72) return { headers: { authorization: `Bearer ${randomToken()}` }, query: '' }
	if (roll < 78)
		return {
			headers: {
				authorization: pick([
					'Bearer',
					'Bearer ',
					'Basic YTpi',
					'bearer  x y',
					`Bearer ${'x'.repeat(8000)}`,
					'Token x',
				]),
			},
			query: '',
		}
	if (roll < 82)
		return { headers: {}, query: `t=${encodeURIComponent(randomToken())}&t=${encodeURIComponent(randomToken())}` }
	return { headers: {}, query: '' }
}

const CONTENT_TYPES = [
	'application/json',
	'application/json; charset=utf-8',
	'application/json; charset=utf-16',
	'application/json; charset=koi8-r',
	'text/plain',
	'text/csv',
	'application/csv',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'application/octet-stream',
	'image/png',
	'image/svg+xml',
	'video/mp4',
	'multipart/form-data; boundary=xyz',
	'application/x-www-form-urlencoded',
	'application/xml',
	'garbage',
	'',
]

function deep(depth: number): string {
	return chance(0.5) ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
}

function hugeString(): string {
	return 'x'.repeat(1_000_000 + int(4_000_001))
}

/** A JSON (or not quite JSON) body. */
function jsonBody(route: string): string {
	const roll = int(100)
	const wrong = () =>
		pick<unknown>([1, -1, 1e308, null, true, [], {}, '', ' ', '\u0000', 'x'.repeat(121), XSS[0], ['a'], { a: 1 }])
	if (roll < 12) {
		return pick(['{', '{"title":', '[', 'nul', '{"title":"x",}', "{'title':'x'}", '{"title":"\\ud800"}', '\u0000', ''])
	}
	if (roll < 30) {
		if (route === 'links') return JSON.stringify({ role: wrong(), label: wrong(), expiresAt: wrong() })
		if (route === 'versions' || route === 'versionRestore') return JSON.stringify({ name: wrong(), author: wrong() })
		if (route === 'ballot') return JSON.stringify({ dots: wrong(), participant: wrong(), name: wrong() })
		return JSON.stringify({ title: wrong(), template: wrong() })
	}
	if (roll < 45) {
		if (route === 'links') {
			return JSON.stringify({
				role: pick(['viewer', 'editor', 'facilitator', 'admin', 'owner']),
				label: pick(['商户代表', XSS[0], 'x'.repeat(41), '\u0007']),
				expiresAt: pick([Date.now() + 60_000, Date.now() - 1, 8.64e15 + 1, 1.5, undefined]),
			})
		}
		if (route === 'versions' || route === 'versionRestore') {
			return JSON.stringify({
				name: pick(['3月议事会后', XSS[0], ' ', 'x'.repeat(81), '\u0000', '😀'.repeat(41)]),
				author: pick([undefined, '王社工', 'x'.repeat(25), XSS_TITLE]),
			})
		}
		return JSON.stringify({
			title: pick(['新白板', XSS_TITLE, ' trimmed ', 'x'.repeat(120), '需求\t资源', '😀'.repeat(60)]),
			template: pick([undefined, 'blank', 'example', 'full-cycle', 'nope', '__proto__']),
		})
	}
	if (roll < 52) return `{"title":${deep(1000 + int(100_000))}}`
	if (roll < 56) return deep(1000 + int(200_000))
	if (roll < 62) {
		return pick([
			'{"__proto__":{"polluted":"yes"},"title":"x"}',
			'{"constructor":{"prototype":{"polluted":"yes"}},"title":"x"}',
			'{"title":"x","__proto__":null}',
			'{"title":"x","extra":1}',
			'{"title":"x","title":"y"}',
		])
	}
	if (roll < 64) return `{"title":"${hugeString()}"}`
	if (roll < 70) return JSON.stringify(pick<unknown>([[], [1, 2], 'str', 42, null, { records: [] }]))
	return JSON.stringify({ [pick(['title', 'role', 'x', ''])]: wrong() })
}

/** A body for the import routes: mutated real exports, garbage, bombs of structure. */
function importBody(route: string): { body: Buffer; type: string } {
	const roll = int(100)
	if (route === 'boardImport') {
		if (roll < 40) {
			// A real json export with a few characters changed.
			const chars = [...jsonSample]
			for (let i = 0; i < 1 + int(6); i++) chars[int(chars.length)] = pick(['"', '{', '}', ',', '0', 'x', '\\', ' '])
			return { body: Buffer.from(chars.join('')), type: pick(['application/json', 'text/plain', '']) }
		}
		if (roll < 60) {
			const records = pick<unknown>([
				[{ id: '__proto__', typeName: 'shape' }],
				{ __proto__: { id: 'x' } },
				[{ id: 'shape:a', typeName: 'shape', type: 'need', props: JSON.parse(deep(50)) }],
				[{ id: 'shape:a', typeName: 'shape', type: 'need', props: { title: 'x'.repeat(2_000_000) } }],
				Array.from({ length: 5000 }, (_, i) => ({ id: `shape:${i}`, typeName: 'shape', type: 'geo' })),
				[{ id: 'document:document', typeName: 'document', name: XSS[0] }],
				[null, 1, 'x'],
			])
			return {
				body: Buffer.from(
					JSON.stringify({ niudai: pick([1, 2, '1', null]), title: pick([XSS_TITLE, 1, null]), records }),
				),
				type: 'application/json',
			}
		}
		if (roll < 70) return { body: Buffer.from(`{"records":${deep(5000 + int(300_000))}}`), type: 'application/json' }
		if (roll < 75)
			return { body: Buffer.from(`{"tldrawFileFormatVersion":1,"records":[${'{},'.repeat(100_000)}{}]}`), type: '' }
		return { body: randomBytes(int(5000)), type: pick(CONTENT_TYPES) }
	}
	// POST /api/boards/:id/import
	if (roll < 35 && xlsxSample.length > 0) {
		const b = Buffer.from(xlsxSample)
		const op = int(3)
		if (op === 0) for (let i = 0; i < 1 + int(20); i++) b[int(b.length)] = int(256)
		const body = op === 1 ? b.subarray(0, int(b.length)) : op === 2 ? Buffer.concat([b, randomBytes(int(100))]) : b
		return {
			body,
			type: pick(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream']),
		}
	}
	if (roll < 65) {
		const lines = csvSample.split('\n')
		const mutated = pick([
			csvSample.replace(/,/g, () => (chance(0.1) ? '"' : ',')),
			`${lines[0]}\n${'"'.repeat(int(50))}\n`,
			`${lines[0]}\n${Array.from({ length: 2000 }, () => XSS.join(',')).join('\n')}`,
			`\uFEFF${lines[0]}\n${'a,'.repeat(50_000)}\n`,
			`${lines[0]}\n${XSS.map((x) => `"${x.replace(/"/g, '""')}"`).join(',')}\n`,
			'',
			'\uFEFF',
			Buffer.from(randomBytes(200)).toString('latin1'),
		])
		return {
			body: Buffer.from(mutated, chance(0.1) ? 'latin1' : 'utf8'),
			type: pick(['text/csv', 'text/plain', 'application/csv']),
		}
	}
	if (roll < 72)
		return {
			body: Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(int(3000))]),
			type: 'application/octet-stream',
		}
	if (roll < 74) return { body: Buffer.from(hugeString()), type: pick(['text/csv', 'application/json']) }
	return { body: randomBytes(int(5000)), type: pick(CONTENT_TYPES) }
}

const PNG_1PX = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
	'hex',
)

interface RouteSpec {
	name: string
	methods: string[]
	path: (id: string) => string
}

const ROUTES: RouteSpec[] = [
	{ name: 'boards', methods: ['GET', 'POST'], path: () => '/api/boards' },
	{ name: 'board', methods: ['GET', 'PATCH', 'DELETE'], path: (id) => `/api/boards/${id}` },
	{ name: 'restore', methods: ['POST'], path: (id) => `/api/boards/${id}/restore` },
	{ name: 'links', methods: ['GET', 'POST'], path: (id) => `/api/boards/${id}/links` },
	{ name: 'link', methods: ['DELETE'], path: (id) => `/api/boards/${id}/links/${pick(PATH_TRICKS)}` },
	{ name: 'plan', methods: ['GET'], path: (id) => `/api/boards/${id}/plan` },
	{ name: 'export', methods: ['GET', 'POST'], path: (id) => `/api/boards/${id}/export` },
	{ name: 'import', methods: ['POST'], path: (id) => `/api/boards/${id}/import` },
	{ name: 'assets', methods: ['POST'], path: (id) => `/api/boards/${id}/assets` },
	{ name: 'asset', methods: ['GET'], path: (id) => `/api/boards/${id}/assets/${pick(PATH_TRICKS)}` },
	{ name: 'boardImport', methods: ['POST'], path: () => '/api/boards/import' },
	{ name: 'versions', methods: ['GET', 'POST'], path: (id) => `/api/boards/${id}/versions` },
	{ name: 'version', methods: ['GET'], path: (id) => `/api/boards/${id}/versions/${pick(PATH_TRICKS)}` },
	{
		name: 'versionRestore',
		methods: ['POST'],
		path: (id) => `/api/boards/${id}/versions/${pick(PATH_TRICKS)}/restore`,
	},
	{ name: 'syncState', methods: ['GET'], path: (id) => `/api/boards/${id}/sync-state` },
	{ name: 'ballot', methods: ['PUT'], path: (id) => `/api/boards/${id}/votes/${pick(PATH_TRICKS)}/ballot` },
	{ name: 'time', methods: ['GET'], path: () => '/api/time' },
	{ name: 'templates', methods: ['GET'], path: () => '/api/templates' },
	{ name: 'config', methods: ['GET'], path: () => '/api/config' },
	{ name: 'healthz', methods: ['GET'], path: () => '/healthz' },
	{
		name: 'page',
		methods: ['GET'],
		path: (id) => pick([`/b/${id}`, `/b/${id}/plan`, '/', `/b/${id}/${pick(PATH_TRICKS)}`]),
	},
	{
		name: 'unknown',
		methods: ['GET', 'POST'],
		path: (id) =>
			pick([
				`/api/${pick(PATH_TRICKS)}`,
				`/api/boards/${id}/${pick(PATH_TRICKS)}/${pick(PATH_TRICKS)}`,
				`//api//boards//${id}`,
				`/api/boards/${id}/../../healthz`,
				`/api/boards/%2e%2e/templates`,
				`/assets/${pick(PATH_TRICKS)}`,
				'/assets/..%2f..%2f..%2fpackage.json',
				'/%2e%2e/%2e%2e/etc/passwd',
				'/node_modules/yjs/package.json',
				'/server/main.ts',
				'/.env',
				'/sync/x',
				`/api/boards/${id}/export/extra`,
				'/api/config/%00',
				`/${'z'.repeat(10_000)}`,
			]),
	},
]

function randomId(): string {
	const roll = int(100)
	if (roll < 60) return board.id
	if (roll < 66) return other.id
	if (roll < 72) return 'AAAAAAAAAAAAAAAA'
	return pick(PATH_TRICKS)
}

function makeRequest(): FuzzRequest {
	const route = pick(ROUTES)
	const method = chance(0.8) ? pick(route.methods) : pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'])
	const auth = randomAuth()
	let query = randomQuery()
	if (auth.query) query = query ? `${query}&${auth.query}` : `?${auth.query}`
	const headers: Record<string, string> = { ...auth.headers }
	if (chance(0.05)) headers.origin = pick(['http://evil.example', 'null', `http://127.0.0.1:${server.port}`])
	if (chance(0.03)) headers['content-encoding'] = pick(['gzip', 'deflate', 'br', 'x-garbage', 'identity'])
	if (chance(0.03)) headers.accept = pick(['text/html', '*/*', 'application/xml', 'garbage'])
	if (chance(0.02)) headers['x-forwarded-for'] = pick(['1.2.3.4', 'garbage', '::1, 10.0.0.1'])
	let body: Buffer | undefined
	if (method !== 'GET' && method !== 'HEAD' && (method !== 'DELETE' || chance(0.3)) && chance(0.9)) {
		if (route.name === 'import' || route.name === 'boardImport') {
			const b = importBody(route.name)
			body = b.body
			if (b.type) headers['content-type'] = b.type
		} else if (route.name === 'assets' || (route.name === 'export' && method === 'POST')) {
			const roll = int(100)
			body =
				roll < 40
					? PNG_1PX
					: roll < 50
						? Buffer.concat([PNG_1PX.subarray(0, 8), randomBytes(int(2000))])
						: roll < 52
							? Buffer.alloc(1_000_000 + int(4_000_000), 0x41)
							: randomBytes(int(4000))
			const type = chance(0.6) ? pick(['image/png', 'image/svg+xml', 'image/jpeg', 'video/mp4']) : pick(CONTENT_TYPES)
			if (type) headers['content-type'] = type
		} else {
			body = Buffer.from(jsonBody(route.name))
			const type = chance(0.75) ? 'application/json' : pick(CONTENT_TYPES)
			if (type) headers['content-type'] = type
		}
	}
	return { method, path: `${route.path(randomId())}${query}`, headers, body, route: route.name }
}

async function runOne(req: FuzzRequest): Promise<void> {
	byRoute[req.route] = (byRoute[req.route] ?? 0) + 1
	let res: FuzzResponse
	try {
		res = await send(req)
	} catch (err) {
		// A request Node itself refuses to send (e.g. bad characters), or a connection the server dropped.
		const code = (err as { code?: string }).code ?? ''
		if (code === 'ERR_UNESCAPED_CHARACTERS' || code === 'ERR_INVALID_CHAR' || code === 'ERR_INVALID_HTTP_TOKEN') {
			clientErrors++
			return
		}
		if (failures.length < 40) failures.push(`connection error ${code || String(err)} for ${describeRequest(req)}`)
		return
	}
	check(req, res)
	// Keep the main board usable: undo a successful move to the trash.
	if (req.route === 'board' && req.method === 'DELETE' && res.status === 200 && req.path.includes(board.id)) {
		await send({
			method: 'POST',
			path: `/api/boards/${board.id}/restore`,
			headers: authOf(board.token),
			route: 'restore',
		})
	}
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
	const clientDir = path.resolve('dist/client')
	server = await startTestServer(fs.existsSync(path.join(clientDir, 'index.html')) ? { clientDir } : {})
	agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
	board = await createBoard('fuzz target', 'example')
	other = await createBoard('another board')
	viewerToken = await linkToken(board, 'viewer')
	editorToken = await linkToken(board, 'editor')
	await writeRecords(board, xssRecords())
	const get = async (q: string) =>
		fetch(`${server.url}/api/boards/${board.id}/export?${q}`, { headers: authOf(board.token) })
	xlsxSample = Buffer.from(await (await get('format=xlsx')).arrayBuffer())
	jsonSample = await (await get('format=json')).text()
	csvSample = await (await get('format=csv&list=needs')).text()
}, 60_000)

afterAll(async () => {
	agent?.destroy()
	await server?.close()
})

describe(`REST fuzzer ${tag}`, () => {
	it(`${REQUESTS} malformed requests to every route: never a 5xx, never a leak, every 4xx JSON with a message`, async () => {
		const started = Date.now()
		const queue = Array.from({ length: REQUESTS }, () => makeRequest())
		// Each worker takes the next request; the sequence is fixed by the seed.
		let at = 0
		await Promise.all(
			Array.from({ length: CONCURRENCY }, async () => {
				while (at < queue.length) await runOne(queue[at++])
			}),
		)
		const health = await fetch(`${server.url}/healthz`)
		expect(health.status, tag).toBe(200)
		expect(({} as Record<string, unknown>).polluted, `${tag} Object.prototype was polluted`).toBeUndefined()
		const plan = await fetch(`${server.url}/api/boards/${board.id}/plan`, { headers: authOf(board.token) })
		expect(plan.status, tag).toBe(200)
		console.log(
			`${tag} ${JSON.stringify({
				requests: REQUESTS,
				ms: Date.now() - started,
				statuses,
				byRoute,
				refusedByNodeClient: clientErrors,
				refusedByNodeParser,
				failures: failures.length,
			})}`,
		)
		expect(failures, `${tag}\n${failures.join('\n')}`).toEqual([])
	}, 180_000)
})

/** A minimal zip (deflated entries, no zip64) built from already-known contents. */
function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
	const locals: Buffer[] = []
	const centrals: Buffer[] = []
	let offset = 0
	for (const { name, data } of entries) {
		const nameBytes = Buffer.from(name, 'utf8')
		const packed = zlib.deflateRawSync(data, { level: 9 })
		const crc = zlib.crc32(data)
		const local = Buffer.alloc(30)
		local.writeUInt32LE(0x04034b50, 0)
		local.writeUInt16LE(20, 4)
		local.writeUInt16LE(8, 8)
		local.writeUInt32LE(crc, 14)
		local.writeUInt32LE(packed.length, 18)
		local.writeUInt32LE(data.length, 22)
		local.writeUInt16LE(nameBytes.length, 26)
		const central = Buffer.alloc(46)
		central.writeUInt32LE(0x02014b50, 0)
		central.writeUInt16LE(20, 4)
		central.writeUInt16LE(20, 6)
		central.writeUInt16LE(8, 10)
		central.writeUInt32LE(crc, 16)
		central.writeUInt32LE(packed.length, 20)
		central.writeUInt32LE(data.length, 24)
		central.writeUInt16LE(nameBytes.length, 28)
		central.writeUInt32LE(offset, 42)
		locals.push(local, nameBytes, packed)
		centrals.push(central, nameBytes)
		offset += local.length + nameBytes.length + packed.length
	}
	const cd = Buffer.concat(centrals)
	const end = Buffer.alloc(22)
	end.writeUInt32LE(0x06054b50, 0)
	end.writeUInt16LE(entries.length, 8)
	end.writeUInt16LE(entries.length, 10)
	end.writeUInt32LE(cd.length, 12)
	end.writeUInt32LE(offset, 16)
	return Buffer.concat([...locals, cd, end])
}

/** An xlsx workbook of a few hundred KB whose one sheet inflates to `bytes` of rows. */
function xlsxBomb(bytes: number): Buffer {
	const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${s}`)
	const ns = 'http://schemas.openxmlformats.org'
	const head = Buffer.from(
		`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>`,
	)
	const tail = Buffer.from('</sheetData></worksheet>')
	const rows = Buffer.alloc(bytes).fill('<row><c t="inlineStr"><is><t>需求</t></is></c></row>')
	const row = '<row><c t="inlineStr"><is><t>需求</t></is></c></row>'
	const whole = rows.subarray(0, rows.length - (rows.length % Buffer.byteLength(row)))
	return zipOf([
		{
			name: '[Content_Types].xml',
			data: xml(
				`<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
			),
		},
		{
			name: '_rels/.rels',
			data: xml(
				`<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
			),
		},
		{
			name: 'xl/workbook.xml',
			data: xml(
				`<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="需求清单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
			),
		},
		{
			name: 'xl/_rels/workbook.xml.rels',
			data: xml(
				`<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
			),
		},
		{ name: 'xl/worksheets/sheet1.xml', data: Buffer.concat([head, whole, tail]) },
	])
}

describe('hostile files', () => {
	it('an xlsx decompression bomb is refused before it is inflated', async () => {
		// ~350 KB on the wire, 120 MB of sheet XML once inflated (a 20 MB upload could be 7 GB).
		const bomb = xlsxBomb(120_000_000)
		expect(bomb.length).toBeLessThan(1_000_000)
		const started = Date.now()
		const res = await fetch(`${server.url}/api/boards/${board.id}/import`, {
			method: 'POST',
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				...authOf(board.token),
			},
			body: new Uint8Array(bomb),
		})
		const ms = Date.now() - started
		const body = (await res.json()) as { error?: { message?: string } }
		expect(res.status, body.error?.message).toBeGreaterThanOrEqual(400)
		expect(res.status).toBeLessThan(500)
		// Reading the zip directory is instant; inflating and parsing 120 MB takes seconds and GBs.
		expect(ms, `${tag} the bomb took ${ms} ms to refuse: it was inflated`).toBeLessThan(1500)
	}, 60_000)
})

describe('XSS strings in card fields and the board title stay inert in every export', () => {
	let xss: { id: string; token: string | null }

	beforeAll(async () => {
		xss = await createBoard(XSS_TITLE)
		await writeRecords(xss, xssRecords())
	}, 30_000)

	const exportOf = (q: string) =>
		fetch(`${server.url}/api/boards/${xss.id}/export?${q}`, { headers: authOf(xss.token) })

	it('the plan JSON returns them verbatim, as data', async () => {
		const res = await fetch(`${server.url}/api/boards/${xss.id}/plan?private=1`, { headers: authOf(xss.token) })
		expect(res.status).toBe(200)
		expect(res.headers.get('content-type')).toMatch(/application\/json/)
		const plan = (await res.json()) as Plan
		expect(plan.title).toBe(XSS_TITLE)
		const titles = [...plan.needs, ...plan.resources, ...plan.actors, ...plan.projects].map((r) => r.title)
		for (const x of [XSS[0], XSS[1], XSS[2], XSS[3], XSS[4], XSS[5]]) expect(titles).toContain(x)
	})

	it('the Markdown plan escapes them: no raw tag', async () => {
		for (const lang of ['zh', 'en']) {
			const res = await exportOf(`format=md&lang=${lang}&private=1`)
			expect(res.status).toBe(200)
			const md = await res.text()
			expect(md).not.toMatch(/<script/i)
			expect(md).not.toMatch(/<img/i)
			expect(md).not.toMatch(/<svg/i)
			expect(md).toContain('&lt;script')
			expect(res.headers.get('x-content-type-options')).toBe('nosniff')
			expect(res.headers.get('content-disposition')).toMatch(/^attachment/)
		}
	})

	it('every csv list neutralises cells that start like a formula', async () => {
		const parseCsv = (text: string): string[][] => {
			const rows: string[][] = []
			let row: string[] = []
			let cell = ''
			let quoted = false
			for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
				const ch = text[i]
				if (quoted) {
					if (ch === '"' && text[i + 1] === '"') {
						cell += '"'
						i++
					} else if (ch === '"') quoted = false
					else cell += ch
				} else if (ch === '"') quoted = true
				else if (ch === ',') {
					row.push(cell)
					cell = ''
				} else if (ch === '\n' || ch === '\r') {
					if (ch === '\r' && text[i + 1] === '\n') i++
					row.push(cell)
					rows.push(row)
					row = []
					cell = ''
				} else cell += ch
			}
			if (cell !== '' || row.length > 0) rows.push([...row, cell])
			return rows
		}
		let seen = 0
		for (const list of ['needs', 'resources', 'projects', 'matches', 'actors']) {
			const res = await exportOf(`format=csv&list=${list}&private=1`)
			expect(res.status).toBe(200)
			for (const row of parseCsv(await res.text())) {
				for (const cell of row) {
					expect(cell, `${list}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/)
					if (XSS.some((x) => cell === `'${x}`)) seen++
				}
			}
		}
		expect(seen).toBeGreaterThan(0)
	})

	it('the xlsx workbook has no formula and no cell that starts like one', async () => {
		const res = await exportOf('format=xlsx&private=1')
		expect(res.status).toBe(200)
		const data = Buffer.from(await res.arrayBuffer())
		const zip = await JSZip.loadAsync(data)
		for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n))) {
			const xml = await zip.file(name)?.async('string')
			expect(xml, name).not.toMatch(/<f[\s>]/)
		}
		const workbook = new ExcelJS.Workbook()
		await workbook.xlsx.load(data as never)
		let cells = 0
		let neutralised = 0
		for (const sheet of workbook.worksheets) {
			sheet.eachRow((row) => {
				row.eachCell((cell) => {
					cells++
					expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)
					if (typeof cell.value === 'string') {
						expect(cell.value, `${sheet.name}!${cell.address}`).not.toMatch(/^[=+\-@\t\r]/)
						if (XSS.some((x) => cell.value === `'${x}`)) neutralised++
					}
				})
			})
		}
		expect(cells).toBeGreaterThan(0)
		expect(neutralised).toBeGreaterThan(0)
	})

	it('the docx document holds them only as escaped text', async () => {
		const res = await exportOf('format=docx&private=1')
		expect(res.status).toBe(200)
		const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))
		const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
		expect(xml.length).toBeGreaterThan(0)
		expect(xml).not.toMatch(/<script/i)
		expect(xml).not.toMatch(/<img/i)
		expect(xml).not.toContain('<w:t>injected')
		expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
		expect(xml).toContain('&lt;/w:t&gt;&lt;/w:r&gt;')
		// The only field codes are the table of contents and page numbers (none from card text),
		// and no external relationship was created.
		const fields = [
			...[...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]),
			...[...xml.matchAll(/<w:fldSimple[^>]*w:instr="([^"]*)"/g)].map((m) => m[1]),
		]
		for (const field of fields) expect(field.trim()).toMatch(/^(TOC|PAGEREF|PAGE)\b/)
		const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? ''
		expect(rels).not.toMatch(/TargetMode="External"/)
	})

	it('the json and tldr exports carry them verbatim as JSON strings', async () => {
		for (const format of ['json', 'tldr']) {
			const res = await exportOf(`format=${format}&private=1`)
			expect(res.status).toBe(200)
			const text = await res.text()
			const parsed = JSON.parse(text) as { records: { props?: { title?: string; richText?: unknown } }[] }
			// The board file keeps the card's title; the tldraw file writes it into the card rectangle's text.
			const titles = parsed.records.map((r) => (format === 'json' ? r.props?.title : richTextPlain(r.props?.richText)))
			expect(titles.some((t) => t?.includes(XSS[0]))).toBe(true)
			expect(res.headers.get('content-type')).not.toMatch(/html/)
		}
	})

	it('the download file name never carries the raw title into a header', async () => {
		const res = await exportOf('format=md')
		const disposition = res.headers.get('content-disposition') ?? ''
		expect(disposition).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^\s;"]+$/)
		expect(/filename="([^"]*)"/.exec(disposition)?.[1]).not.toMatch(/[<>"\\]/)
		expect(disposition).not.toMatch(/[<>\r\n]/)
	})
})
