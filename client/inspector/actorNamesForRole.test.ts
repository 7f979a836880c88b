import { describe, expect, it } from 'vitest'
import { actorNamesForRole } from './actorNamesForRole'

const actors = [
	{ name: '街道办', roles: ['publisher', 'funder'] },
	{ name: 'P社工机构', roles: ['coordinator', 'applicant'] },
	{ name: 'C社区两委', roles: ['applicant'] },
	{ name: '红心闪闪志愿服务队', roles: ['executor'] },
	{ name: 'C社区两委', roles: [] },
]

describe('actor suggestions by dispatch role', () => {
	it('puts the holders of the role first, each name once', () => {
		expect(actorNamesForRole(actors, 'applicant')).toEqual(['C社区两委', 'P社工机构', '红心闪闪志愿服务队', '街道办'])
		expect(actorNamesForRole(actors, 'publisher')[0]).toBe('街道办')
	})

	it('sorts everyone alike without a role (pinyin order, Chinese names first)', () => {
		expect(actorNamesForRole(actors, null)).toEqual(['红心闪闪志愿服务队', '街道办', 'C社区两委', 'P社工机构'])
	})
})
