import { createShapeId, PageRecordType, type TLRecord } from '@tldraw/tlschema'
import { ZERO_INDEX_KEY } from '@tldraw/utils'
import { describe, expect, it } from 'vitest'
import { createBoardSchema, validateBoardRecord } from '../boardSchema'
import { defaultCardProps } from './cardDefaults'
import { needShapeVersions, projectShapeMigrations } from './cardMigrations'

const schema = createBoardSchema()
const NEED_SEQUENCE = 'com.tldraw.shape.need'

/** The current board schema, except that need cards are at props version `version`. */
function schemaWithNeedAt(version: number) {
	const current = schema.serialize()
	return { ...current, sequences: { ...current.sequences, [NEED_SEQUENCE]: version } }
}

/** A need card as version 1 stored it: urgency 1 | 2 | 3 and no votes. */
function needV1(id: string, urgency: number): TLRecord {
	const { votes: _votes, ...props } = defaultCardProps('need')
	return {
		id: createShapeId(id),
		typeName: 'shape',
		type: 'need',
		x: 10,
		y: 20,
		rotation: 0,
		index: ZERO_INDEX_KEY,
		parentId: PageRecordType.createId('page'),
		isLocked: false,
		opacity: 1,
		meta: {},
		props: { ...props, title: '助餐', urgency },
	} as unknown as TLRecord
}

function propsOf(record: TLRecord): Record<string, unknown> {
	return (record as unknown as { props: Record<string, unknown> }).props
}

describe('need card migrations', () => {
	it('are at version 2 in the board schema', () => {
		expect(schema.serialize().sequences[NEED_SEQUENCE]).toBe(2)
		expect(needShapeVersions).toEqual({ Initial: `${NEED_SEQUENCE}/1`, UrgencyWordsAndVotes: `${NEED_SEQUENCE}/2` })
	})

	it('migrate a version-1 board snapshot: urgency 2 becomes medium and votes 0', () => {
		const record = needV1('a', 2)
		const result = schema.migrateStoreSnapshot({ store: { [record.id]: record }, schema: schemaWithNeedAt(1) })
		if (result.type !== 'success') throw new Error(`migration failed: ${result.reason}`)
		const migrated = result.value[record.id]
		expect(propsOf(migrated)).toEqual({ ...defaultCardProps('need'), title: '助餐', urgency: 'medium', votes: 0 })
		expect(() => validateBoardRecord(schema, migrated)).not.toThrow()
		// The input is left as it was.
		expect(propsOf(record).urgency).toBe(2)
	})

	it.each([
		[1, 'high'],
		[2, 'medium'],
		[3, 'low'],
		[7, 'medium'],
	])('migrate a version-1 record with urgency %j up to %s', (urgency, word) => {
		const result = schema.migratePersistedRecord(needV1('b', urgency), schemaWithNeedAt(1), 'up')
		if (result.type !== 'success') throw new Error(`migration failed: ${result.reason}`)
		expect(propsOf(result.value)).toMatchObject({ urgency: word, votes: 0 })
	})

	it.each([
		['high', 1],
		['medium', 2],
		['low', 3],
	])('migrate a current record with urgency %s down to %j without votes', (word, urgency) => {
		const current = { ...needV1('c', 0), props: { ...defaultCardProps('need'), urgency: word, votes: 9 } } as TLRecord
		const result = schema.migratePersistedRecord(current, schemaWithNeedAt(1), 'down')
		if (result.type !== 'success') throw new Error(`migration failed: ${result.reason}`)
		const props = propsOf(result.value)
		expect(props.urgency).toBe(urgency)
		expect(props).not.toHaveProperty('votes')
	})

	it('round-trips down then up, losing only the votes', () => {
		const current = { ...needV1('d', 0), props: { ...defaultCardProps('need'), urgency: 'low', votes: 4 } } as TLRecord
		const down = schema.migratePersistedRecord(current, schemaWithNeedAt(1), 'down')
		if (down.type !== 'success') throw new Error('down failed')
		const up = schema.migratePersistedRecord(down.value, schemaWithNeedAt(1), 'up')
		if (up.type !== 'success') throw new Error('up failed')
		expect(propsOf(up.value)).toEqual({ ...defaultCardProps('need'), urgency: 'low', votes: 0 })
	})

	it('leave current cards alone when a board schema predates the need sequence', () => {
		// Boards created before the cards existed store a schema without the sequence,
		// so every step replays on load; the steps must accept current props.
		const current = { ...needV1('e', 0), props: { ...defaultCardProps('need'), urgency: 'high', votes: 5 } } as TLRecord
		const { [NEED_SEQUENCE]: _need, ...sequences } = schema.serialize().sequences
		const result = schema.migrateStoreSnapshot({
			store: { [current.id]: current },
			schema: { schemaVersion: 2, sequences },
		})
		if (result.type !== 'success') throw new Error(`migration failed: ${result.reason}`)
		expect(result.value[current.id]).toEqual(current)
	})
})

describe('other card migrations', () => {
	it.each(['resource', 'actor'])('%s cards have a sequence at version 0', (kind) => {
		expect(schema.serialize().sequences[`com.tldraw.shape.${kind}`]).toBe(0)
	})

	it('brings a version-0 project card to plan content: risks as rows, new columns with defaults', () => {
		expect(schema.serialize().sequences['com.tldraw.shape.project']).toBe(1)
		const props: Record<string, unknown> = {
			activities: [{ date: '2023-03-04', content: '开班', owner: 'P社工机构' }],
			budget: [{ item: '教材', amount: 1200, source: 'donation' }],
			indicators: [{ name: '参与人次', dimension: 'effectiveness', target: 300, actual: null, unit: '人次' }],
			risks: '志愿者流失\n\n天气原因延期',
		}
		const step = projectShapeMigrations.sequence[0]
		if (!('up' in step)) throw new Error('expected a migration step')
		step.up(props as never)
		expect(props.activities).toEqual([
			{ date: '2023-03-04', content: '开班', place: '', owner: 'P社工机构', participants: '' },
		])
		expect(props.budget).toEqual([
			{
				category: 'other',
				item: '教材',
				quantity: null,
				unit: '',
				unitPrice: null,
				amount: 1200,
				source: 'donation',
				form: 'cash',
			},
		])
		expect(props.indicators).toEqual([
			{ name: '参与人次', dimension: 'effectiveness', baseline: null, target: 300, actual: null, unit: '人次' },
		])
		expect(props.risks).toEqual([
			{ risk: '志愿者流失', response: '' },
			{ risk: '天气原因延期', response: '' },
		])
		expect(props.dispatchTrail).toEqual([])
		expect(props.publisher).toBe('')
		// Already current props go through unchanged.
		const again = structuredClone(props)
		step.up(again as never)
		expect(again).toEqual(props)
	})
})
