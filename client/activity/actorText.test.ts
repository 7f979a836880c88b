import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ActivityActor } from '../../shared/activity/activityTypes'
import { actorText } from './actorText'
import { testTranslations } from './testTranslations'

let zhT: TFunction
let enT: TFunction
beforeAll(async () => {
	;({ zhT, enT } = await testTranslations())
})

const actor = (over: Partial<ActivityActor>): ActivityActor => ({
	linkId: 'l1',
	linkLabel: '商户代表',
	role: 'editor',
	name: '王芳',
	...over,
})

describe('actorText', () => {
	it('puts the link label and role the server recorded beside the self-declared name', () => {
		expect(actorText(actor({}), zhT)).toBe('王芳（商户代表 · 编辑）')
		expect(actorText(actor({}), enT)).toBe('王芳 (商户代表 · Editor)')
	})

	it('shows only the role for a link without a label', () => {
		expect(actorText(actor({ linkId: null, linkLabel: '', role: 'facilitator', name: '李明' }), zhT)).toBe(
			'李明（主持人）',
		)
	})

	it('says 未署名 for a connection that gave no name, keeping the label', () => {
		expect(actorText(actor({ name: '  ' }), zhT)).toBe('未署名（商户代表 · 编辑）')
	})

	it('calls the server’s own changes 系统', () => {
		expect(actorText(actor({ linkId: null, linkLabel: '', role: null, name: '' }), zhT)).toBe('系统')
	})
})
