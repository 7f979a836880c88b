/** Strings of "sign out on this device" (Chinese first; English must have the same keys). */
export const signOutZh = {
	section: '本设备',
	action: '在此设备上退出',
	hint: '忘记这块白板的链接，并删除保存在本设备上的副本（适合公用电脑、投影电脑）',
	confirmTitle: '在此设备上退出“{{title}}”？',
	confirm:
		'本设备将忘记这块白板的链接、删除保存在本设备上的副本，并把它从首页列表中移除。之后要重新打开分享链接才能进入。',
	pending: '还有 {{count}} 项更改尚未同步到服务器，退出后这些更改会丢失。',
	failed: '退出未完成：{{message}}',
	cancel: '取消',
	failedWhy: '本设备上的副本没能删除。请关闭这块白板的其他标签页，再试一次。',
}

export const signOutEn: typeof signOutZh = {
	section: 'This device',
	action: 'Sign out on this device',
	hint: 'Forget this board’s link and delete the copy kept on this device (for shared and projector computers)',
	confirmTitle: 'Sign out of “{{title}}” on this device?',
	confirm:
		'This device forgets the board’s link, deletes the copy kept here and removes the board from the home page. Opening it again needs the share link.',
	pending: '{{count}} changes have not reached the server yet; they will be lost.',
	failed: 'Signing out did not finish: {{message}}',
	cancel: 'Cancel',
	failedWhy: 'the copy on this device could not be deleted. Close this board’s other tabs and try again.',
}
