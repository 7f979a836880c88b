import { expect, test } from '@playwright/test'
import { createBoard, openBoard, personContext } from './helpers'

test('the 分析 panel shows the 资源撬动比, cost per beneficiary, 未填报 and the project picture; a dot goes to its card', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '评估测试')
	const a = await personContext(browser, '王社工')
	await openBoard(a.page, board.url)

	const projectId = await a.page.evaluate(() => {
		const editor = window.__niudaiEditor
		if (!editor) throw new Error('no editor')
		const id = 'shape:evalproject'
		editor.createShape({
			id: id as never,
			type: 'project',
			x: 4000,
			y: 4000,
			props: {
				title: '四点半课堂',
				directBeneficiaries: 100,
				indirectBeneficiaries: 400,
				budget: [
					{
						category: 'personnel',
						item: '社工',
						quantity: 10,
						unit: '月',
						unitPrice: 1000,
						amount: null,
						source: 'govPurchase',
						form: 'cash',
					},
					{
						category: 'materials',
						item: '图书',
						quantity: null,
						unit: '',
						unitPrice: null,
						amount: 5000,
						source: 'donation',
						form: 'inKind',
					},
				],
				indicators: [
					{ name: '居民参与人次', dimension: 'effectiveness', baseline: 100, target: 300, actual: null, unit: '人次' },
				],
			} as never,
		})
		editor.selectNone()
		return id
	})

	await a.page.getByTestId('open-analytics').click()
	const panel = a.page.getByTestId('analytics-panel')
	await expect(panel.getByTestId('leverage-ratio')).toHaveAttribute('data-value', '0.5')
	await expect(panel.getByTestId('leverage-ratio')).toHaveText('1 : 0.5')
	await expect(panel.getByTestId('cost-per-direct')).toHaveText('150 元')
	await expect(panel.getByTestId('cost-per-indirect')).toHaveText('37.5 元')
	await expect(panel.getByTestId('volunteer-hours')).toContainText('未填报')
	await expect(panel.getByTestId('effectiveness-participation')).toContainText('未填报')
	await expect(panel.getByTestId('effectiveness-participation')).toHaveAttribute('data-status', 'notReported')
	const dot = panel.getByTestId('quadrant-dot')
	await expect(dot).toHaveCount(1)
	await expect(dot).toHaveAttribute('data-project', projectId)

	// Clicking the dot selects the project's card.
	await dot.click()
	await expect
		.poll(() => a.page.evaluate(() => window.__niudaiEditor?.getSelectedShapeIds().map(String) ?? []))
		.toEqual([projectId])

	// Reporting the actual turns 未填报 into a figure and an attainment, live.
	await a.page.evaluate((id) => {
		const editor = window.__niudaiEditor
		const shape = editor?.getShape(id as never)
		if (!editor || !shape) throw new Error('no shape')
		const props = shape.props as { indicators: { actual: number | null }[] }
		editor.updateShape({
			id: shape.id,
			type: shape.type,
			props: { indicators: props.indicators.map((i) => ({ ...i, actual: 200 })) } as never,
		})
	}, projectId)
	await expect(panel.getByTestId('effectiveness-participation')).toHaveAttribute('data-status', 'reported')
	await expect(panel.getByTestId('effectiveness-participation')).toContainText('50%')
	await a.context.close()
})
