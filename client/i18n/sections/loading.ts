/** Strings shown while a part of the app loads (Chinese first; English must have the same keys). */
export const loadingZh = {
	board: '正在加载白板…',
	/** Under the board's preview, while the canvas's code and the board load. */
	canvas: '正在加载画布…',
	preview: '白板预览（只读）',
	page: '正在加载…',
	part: '正在加载…',
	failed: '这部分没有加载成功（网络可能断开了）。',
	retry: '重新加载',
}

export const loadingEn: typeof loadingZh = {
	board: 'Loading board…',
	canvas: 'Loading the canvas…',
	preview: 'Board preview (read-only)',
	page: 'Loading…',
	part: 'Loading…',
	failed: 'This part did not load (the network may be down).',
	retry: 'Reload',
}
