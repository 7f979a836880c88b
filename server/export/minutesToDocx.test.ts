import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { minutesDocument } from '../../shared/export/minutesDocument'
import { minutesTestDoc } from '../../shared/export/minutesTestDoc'
import { fullPlan } from '../../shared/export/planTestBoard'
import { minutesData } from '../../shared/meeting/minutesData'
import { minutesToDocx } from './minutesToDocx'
import { planToDocx } from './planToDocx'

async function parts(bytes: Uint8Array): Promise<{ text: string; settings: string; core: string }> {
	const zip = await JSZip.loadAsync(bytes)
	const read = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
	return {
		text: (await read('word/document.xml')).replace(/<[^>]+>/g, ''),
		settings: await read('word/settings.xml'),
		core: await read('docProps/core.xml'),
	}
}

describe('the 会议纪要 as a Word file', () => {
	it('holds every section of the minutes and is titled after the board and meeting', async () => {
		const data = minutesData(minutesTestDoc(), 'm1', { boardTitle: '幸福里社区养老服务', now: 0 })
		if (!data) throw new Error('no meeting')
		const { text, settings, core } = await parts(await minutesToDocx(minutesDocument(data)))
		for (const expected of [
			'幸福里社区养老服务',
			'3月联席会议纪要',
			'本纪要由纽带自动生成',
			'共 5 人出席：政府 1 人',
			'幸福街道办',
			'第一次表决',
			'老年人助餐',
			'优先开办长者饭堂',
			'联系物业确认场地',
			'饭堂放在活动室可以吗？',
		])
			expect(text).toContain(expected)
		expect(core).toContain('幸福里社区养老服务-3月联席会议-会议纪要')
		// No contents, so Word is not asked to update fields when it opens the file.
		expect(settings).not.toContain('updateFields')
	})

	it('leaves the plan’s Word file as it was: its contents are updated when Word opens it', async () => {
		const { settings, text } = await parts(await planToDocx(fullPlan(), { lang: 'zh' }))
		expect(settings).toContain('updateFields')
		expect(text).toContain('项目计划书')
	})
})
