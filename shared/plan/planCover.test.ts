import { describe, expect, it } from 'vitest'
import { derivePlan } from './derivePlan'
import { formatPlanDate, planCover } from './planCover'
import { cardRecord } from './planTestRecords'

describe('planCover', () => {
	it('takes the lead of most projects as applicant, with the contact only when private', () => {
		const records = [
			cardRecord('actor', 'a1', { title: 'P社工机构', actorKind: 'socialWorkOrg', contact: '123' }),
			cardRecord('actor', 'a2', { title: '社区两委', actorKind: 'communityCommittee' }),
			cardRecord('project', 'p1', { title: 'x', leadActor: '社区两委' }),
			cardRecord('project', 'p2', { title: 'y', leadActor: 'P社工机构' }),
			cardRecord('project', 'p3', { title: 'z', leadActor: 'P社工机构' }),
		]
		const pub = planCover(derivePlan(records, { title: '计划', includePrivate: false, now: 0 }))
		expect(pub).toMatchObject({ name: '计划', applicant: 'P社工机构', applicantId: 'shape:a1', contact: null })
		expect(pub.executingBodies).toEqual(['P社工机构', '社区两委'])
		const priv = planCover(derivePlan(records, { title: '计划', includePrivate: true, now: 0 }))
		expect(priv.contact).toBe('123')
	})

	it('falls back to the first social-work organisation, then to nothing', () => {
		const withOrg = derivePlan(
			[cardRecord('actor', 'a1', { title: '社工站', actorKind: 'socialWorkOrg', roles: ['executor'] })],
			{
				title: 't',
				includePrivate: false,
			},
		)
		expect(planCover(withOrg)).toMatchObject({ applicant: '社工站', executingBodies: ['社工站'] })
		expect(planCover(derivePlan([], { title: 't', includePrivate: false }))).toMatchObject({
			applicant: '',
			executingBodies: [],
		})
	})

	it('dates the plan in China Standard Time', () => {
		expect(formatPlanDate(Date.UTC(2024, 0, 1, 17, 0))).toBe('2024-01-02')
		expect(formatPlanDate(Number.NaN)).toBe('1970-01-01')
	})
})
