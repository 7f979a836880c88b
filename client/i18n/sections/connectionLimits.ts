/**
 * Why the server turned a connection away for now (close codes 4429, 4409, 4430, 4507): the
 * client retries by itself; and the board's size quota (4413), which it does not. Chinese first; English must have the same keys.
 */
export const connectionLimitsZh = {
	rateLimited: '服务器暂时拒绝了连接（请求太频繁，或同一网络、同一链接上的设备太多），稍后自动重试…',
	roomFull: '这块白板同时在线的连接已满，稍后自动重试…',
	linkFull: '用这个链接同时打开的设备太多，稍后自动重试。可请主持人为部分参会者另建一个链接。',
	storageFull: '服务器存储已满，更改未保存。你的更改留在这台设备上，服务器恢复后自动同步…',
	quotaExceeded: '这块白板已达到大小上限，这次更改没有保存。请删除不需要的内容（如大图片）或新建一块白板。',
	discardAndReopen: '放弃没保存的更改，重新打开白板',
}

export const connectionLimitsEn: typeof connectionLimitsZh = {
	rateLimited:
		'The server turned the connection away for now (too many requests, or too many devices on this network or link); retrying shortly…',
	roomFull: 'This board has as many open connections as it accepts; retrying shortly…',
	linkFull:
		'Too many devices have this link open at once; retrying shortly. The facilitator can make another link for some participants.',
	storageFull:
		'The server’s storage is full: changes are not being saved. Yours stay on this device and sync once the server recovers…',
	quotaExceeded:
		'This board has reached its size limit; this change was not saved. Remove content you do not need (large images, for example) or start a new board.',
	discardAndReopen: 'Discard the unsaved changes and reopen the board',
}
