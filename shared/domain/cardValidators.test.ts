import { createShapeId, PageRecordType, type TLRecord, type TLShape } from '@tldraw/tlschema'
import { ZERO_INDEX_KEY } from '@tldraw/utils'
import { T } from '@tldraw/validate'
import { describe, expect, it } from 'vitest'
import { createBoardSchema, validateBoardRecord, validateBoardRecords } from '../boardSchema'
import { defaultCardProps } from './cardDefaults'
import { CARD_KINDS, type CardKind, type LinkMeta } from './cardProps'
import './cardShapeTypes'
import {
	CARD_SHAPE_PROPS,
	linkMetaValidator,
	MAX_LIST_ITEMS,
	MAX_LONG_TEXT,
	MAX_SHORT_TEXT,
	validateLinkMeta,
} from './cardValidators'

const schema = createBoardSchema()

function cardRecord(kind: CardKind, props: Record<string, unknown>): TLRecord {
	const shape: TLShape<CardKind> = {
		id: createShapeId(kind),
		typeName: 'shape',
		type: kind as 'need',
		x: 0,
		y: 0,
		rotation: 0,
		index: ZERO_INDEX_KEY,
		parentId: PageRecordType.createId('page'),
		isLocked: false,
		opacity: 1,
		meta: {},
		props: defaultCardProps(kind as 'need'),
	}
	return { ...shape, props: { ...shape.props, ...props } } as TLRecord
}

const fullProject = {
	title: '青阳课堂',
	goal: '周末作业辅导',
	partners: ['YY教育', 'Q大学朝阳社工协会'],
	startDate: '2023-03-01',
	endDate: '2024-02-29',
	activities: [{ date: '2023-03-04', content: '开班', place: '活动室', owner: 'P社工机构', participants: '学生40人' }],
	budget: [
		{
			category: 'materials',
			item: '教材',
			quantity: 40,
			unit: '套',
			unitPrice: 30,
			amount: 1200,
			source: 'govPurchase',
			form: 'cash',
		},
	],
	indicators: [
		{ name: '参与人次', dimension: 'effectiveness', baseline: 120, target: 300, actual: null, unit: '人次' },
	],
	risks: [{ risk: '志愿者流失', response: '建立轮值表' }],
	publisher: 'C社区党委',
	applicant: 'P社工机构',
	coordinator: 'C社区居委会',
	executor: 'P社工机构',
	dispatchTrail: [{ stage: 'published', date: '2023-02-01', by: 'C社区党委', note: '' }],
	directBeneficiaries: 40,
	indirectBeneficiaries: 0,
}

describe('card props validators', () => {
	it.each(CARD_KINDS)('accept the default props of a %s card', (kind) => {
		expect(() =>
			T.object(CARD_SHAPE_PROPS[kind] as Record<string, T.Validatable<unknown>>).validate(defaultCardProps(kind)),
		).not.toThrow()
		expect(() => validateBoardRecord(schema, cardRecord(kind, {}))).not.toThrow()
	})

	it('accept a filled-in card of each kind', () => {
		const filled: [CardKind, Record<string, unknown>][] = [
			['need', { urgency: 'high', beneficiaries: 12, votes: 3, targetGroup: '老年人' }],
			['resource', { quantity: 700000, unit: '元', sector: 'government', resourceType: 'funds' }],
			['actor', { roles: ['publisher', 'funder'], influence: 5, interest: 1, sector: 'residents' }],
			['project', fullProject],
		]
		for (const [kind, props] of filled) expect(() => validateBoardRecord(schema, cardRecord(kind, props))).not.toThrow()
	})

	const long = (n: number) => 'x'.repeat(n)
	const bad: [CardKind, string, unknown, string][] = [
		['need', 'urgency', 2, 'props.urgency'],
		['need', 'urgency', 'urgent', 'props.urgency'],
		['need', 'category', 'food', 'props.category'],
		['need', 'source', undefined, 'props.source'],
		['need', 'status', 'closed', 'props.status'],
		['need', 'beneficiaries', -1, 'props.beneficiaries'],
		['need', 'beneficiaries', 2.5, 'props.beneficiaries'],
		['need', 'beneficiaries', '12', 'props.beneficiaries'],
		['need', 'votes', null, 'props.votes'],
		['need', 'votes', -1, 'props.votes'],
		['need', 'title', 42, 'props.title'],
		['need', 'title', long(MAX_SHORT_TEXT + 1), 'props.title'],
		['need', 'description', long(MAX_LONG_TEXT + 1), 'props.description'],
		['need', 'w', 0, 'props.w'],
		['need', 'h', -10, 'props.h'],
		['need', 'w', Number.NaN, 'props.w'],
		['resource', 'sector', 'residents', 'props.sector'],
		['resource', 'resourceType', 'money', 'props.resourceType'],
		['resource', 'quantity', -5, 'props.quantity'],
		['resource', 'quantity', Number.POSITIVE_INFINITY, 'props.quantity'],
		['resource', 'contact', null, 'props.contact'],
		['actor', 'sector', 'church', 'props.sector'],
		['actor', 'actorKind', 'bank', 'props.actorKind'],
		['actor', 'roles', ['funder', 'boss'], 'props.roles.1'],
		['actor', 'roles', ['funder', 'funder'], 'props.roles'],
		['actor', 'roles', 'funder', 'props.roles'],
		['actor', 'influence', 0, 'props.influence'],
		['actor', 'influence', 6, 'props.influence'],
		['actor', 'interest', 2.5, 'props.interest'],
		['actor', 'interest', null, 'props.interest'],
		['project', 'status', 'done', 'props.status'],
		['project', 'directBeneficiaries', -3, 'props.directBeneficiaries'],
		['project', 'partners', ['YY教育', 7], 'props.partners.1'],
		['project', 'partners', Array(MAX_LIST_ITEMS + 1).fill('x'), 'props.partners'],
		['project', 'startDate', '2023/03/01', 'props.startDate'],
		['project', 'endDate', '2023-02-30', 'props.endDate'],
		['project', 'activities', [{ date: 'soon', content: '', owner: '' }], 'props.activities.0.date'],
		['project', 'activities', [{ date: '', content: '', place: '' }], 'props.activities.0.owner'],
		['project', 'budget', [{ ...fullProject.budget[0], source: 'bank' }], 'props.budget.0.source'],
		['project', 'budget', [{ ...fullProject.budget[0], amount: -1 }], 'props.budget.0.amount'],
		['project', 'budget', [{ ...fullProject.budget[0], form: 'gift' }], 'props.budget.0.form'],
		['project', 'risks', [{ risk: '志愿者流失' }], 'props.risks.0.response'],
		['project', 'dispatchTrail', [{ stage: 'done', date: '', by: '', note: '' }], 'props.dispatchTrail.0.stage'],
		['project', 'indicators', [{ ...fullProject.indicators[0], dimension: 'joy' }], 'props.indicators.0.dimension'],
		['project', 'indicators', [{ ...fullProject.indicators[0], extra: 1 }], 'props.indicators.0.extra'],
		['project', 'risks', 0, 'props.risks'],
	]

	it.each(bad)('refuse a %s card with %s = %j, naming %s', (kind, key, value, path) => {
		const record = cardRecord(kind, { [key]: value })
		expect(() => validateBoardRecord(schema, record)).toThrow(path)
		const { valid, problems } = validateBoardRecords([record], schema)
		expect(valid).toEqual([])
		expect(problems).toEqual([{ id: record.id, message: expect.stringContaining(path) }])
	})

	it('refuse a card with an unknown prop or a missing one', () => {
		expect(() => validateBoardRecord(schema, cardRecord('need', { colour: 'red' }))).toThrow('props.colour')
		const { votes: _votes, ...withoutVotes } = defaultCardProps('need')
		const record = { ...cardRecord('need', {}), props: withoutVotes } as TLRecord
		expect(() => validateBoardRecord(schema, record)).toThrow('props.votes')
	})
})

describe('validateBoardRecords', () => {
	it('keeps the valid records and names each problem without throwing', () => {
		const good = cardRecord('need', {})
		const result = validateBoardRecords([good, null, { id: 'shape:x', typeName: 'alien' }, 'text'])
		expect(result.valid).toEqual([good])
		expect(result.problems).toEqual([
			{ id: '(no id)', message: 'not an object' },
			{ id: 'shape:x', message: expect.stringContaining('unknown record type') },
			{ id: '(no id)', message: 'not an object' },
		])
	})
})

describe('link meta', () => {
	const link: LinkMeta = {
		type: 'allocation',
		mechanism: 'administrative',
		strategy: '',
		quantity: 50,
		unit: '人',
		note: '',
	}

	it('accepts a valid link and an allocation without a mechanism yet', () => {
		expect(validateLinkMeta(link)).toEqual(link)
		expect(validateLinkMeta({ ...link, mechanism: '', strategy: '', quantity: null })).toEqual({
			...link,
			mechanism: '',
			strategy: '',
			quantity: null,
		})
		expect(() => linkMetaValidator.validate(link)).not.toThrow()
	})

	const badLinks: [string, unknown][] = [
		['undefined', undefined],
		['null', null],
		['a string', 'allocation'],
		['an unknown type', { ...link, type: 'matches' }],
		['an unknown mechanism', { ...link, mechanism: 'magic' }],
		['a negative quantity', { ...link, quantity: -1 }],
		['a missing note', { type: 'serves', mechanism: '', strategy: '', quantity: null, unit: '' }],
		['an extra field', { ...link, extra: true }],
	]

	it.each(badLinks)('refuses %s without throwing', (_name, value) => {
		expect(validateLinkMeta(value)).toBeNull()
	})

	it('names the failing path', () => {
		expect(() => linkMetaValidator.validate({ ...link, mechanism: 'magic' })).toThrow('mechanism')
	})
})
