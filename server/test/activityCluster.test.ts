import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ActivityEntry } from '../../shared/activity/activityTypes'
import { cardRecord } from '../../shared/plan/planTestRecords'
import { getYRecords, writeRecord } from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { clusterHarness } from './clusterHarness'
import { participantClient } from './rawSyncClient'
import { postgresAvailable, redisServerAvailable } from './services'
import { createBoardWithToken, createLink, whenDoc, whenSynced } from './testServer'

const available = (await postgresAvailable()) && redisServerAvailable()

describe.skipIf(!available)('the activity log on several nodes', () => {
	const cluster = clusterHarness()

	async function person(server: RunningServer, boardId: string, token: string, name: string, role: string) {
		const doc = new Y.Doc()
		const provider = participantClient(server.port, boardId, token, `cluster-${name.length}-${role}-0123456789`, doc)
		cluster.cleanups.push(() => provider.destroy())
		provider.awareness.setLocalStateField('presence', { userId: `u-${role}`, userName: name, meta: { role } })
		await whenSynced(provider)
		return doc
	}

	it('logs each change once, on the node that applied it from its connection, with that connection’s link', async () => {
		const [a, b] = [await cluster.node(), await cluster.node()]
		const { id } = await createBoardWithToken(a.url, '两台服务器')
		const editor = await createLink(a.url, id, { role: 'editor', label: '商户代表' })
		const facilitator = await createLink(a.url, id, { role: 'facilitator', label: '社工站' })
		const onA = await person(a, id, editor.token, '李老板', 'editor')
		const onB = await person(b, id, facilitator.token, '王社工', 'facilitator')
		onA.transact(() => writeRecord(getYRecords(onA), cardRecord('need', 'a', { title: '在A上' })))
		onB.transact(() => writeRecord(getYRecords(onB), cardRecord('need', 'b', { title: '在B上' })))
		// Both nodes applied both changes (each relayed the other's to its client).
		await whenDoc(onA, () => getYRecords(onA).has('shape:b'))
		await whenDoc(onB, () => getYRecords(onB).has('shape:a'))
		// Then one more change on each node: a node stores its entries in order, so a copy of the
		// other node's change, had it been logged, would be stored before these.
		onA.transact(() => writeRecord(getYRecords(onA), cardRecord('need', 'markA', { title: '标记A' })))
		onB.transact(() => writeRecord(getYRecords(onB), cardRecord('need', 'markB', { title: '标记B' })))
		let entries: ActivityEntry[] = []
		const markers = () => entries.filter((e) => e.targetId?.startsWith('shape:mark')).length
		const started = Date.now()
		while (markers() < 2 && Date.now() - started < 5000) {
			entries = (await a.storage.listActivity(id)).entries
			if (markers() < 2) await new Promise((r) => setTimeout(r, 20))
		}
		const cards = entries.filter((e) => e.targetId === 'shape:a' || e.targetId === 'shape:b')
		expect(cards.map((e) => [e.kind, e.targetId, e.actor.linkLabel, e.actor.name]).sort()).toEqual([
			['card_created', 'shape:a', '商户代表', '李老板'],
			['card_created', 'shape:b', '社工站', '王社工'],
		])
	})
})
