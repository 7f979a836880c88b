/**
 * Refusal pages and banners (client/errors/refusal.ts): for each kind, what happened in
 * plain words and what to do. Chinese first; English must have the same keys.
 */
export const refusalZh = {
	reenter: '重新进入',
	reenterHint: '清除这台设备上保存的这块白板（包括服务器没有接受的更改），然后重新打开。',
	retry: '重试',
	backHome: '返回首页',
	line: '{{title}}：{{hint}}',
	linkRevoked: {
		title: '这个链接已被主持人停用',
		hint: '用这个链接打不开这块白板了。请向主持人要一个新链接，或扫描会场的新二维码。',
	},
	linkExpired: {
		title: '这个链接已过期',
		hint: '链接设了有效期，现在已经过了。请向主持人要一个新链接。',
	},
	unauthorized: {
		title: '链接不完整或无效',
		hint: '打开白板需要主持人发的完整链接。请检查链接是否复制完整，或请主持人重新发一个。',
	},
	forbidden: {
		title: '这个链接打不开这块白板',
		hint: '它可能是另一块白板的链接，或者权限不够。请向主持人要这块白板的链接。',
	},
	writeRefused: {
		title: '服务器没有接受这台设备上的一项更改',
		hint: '这项更改超出了你的链接的权限（例如只有主持人能改的内容）。点“重新进入”：放弃这台设备上没保存的更改，重新打开白板。',
	},
	boardNotFound: {
		title: '找不到这块白板',
		hint: '链接可能有误，或白板已被永久删除。请向主持人确认链接。',
	},
	boardDeleted: {
		title: '这块白板已被移到回收站',
		hint: '主持人可以在首页的“回收站”里恢复它，恢复后点“重试”。',
	},
	quotaExceeded: {
		title: '这块白板已达到大小上限',
		hint: '最近的更改没有保存。点“重新进入”放弃这些更改；之后请删除不需要的内容（如大图片）或新建一块白板。',
	},
	storageUnavailable: {
		title: '服务器存储已满，更改暂时无法保存',
		hint: '你的更改留在这台设备上，服务器恢复后会自动同步。请告诉管理员。',
	},
	rateLimited: {
		title: '服务器暂时拒绝了连接',
		hint: '同一网络或同一链接上的请求太多。请稍等片刻再试，会自动重试。',
	},
	roomFull: {
		title: '这块白板同时在线的人太多',
		hint: '请稍等片刻，会自动重试。',
	},
	linkFull: {
		title: '用这个链接同时打开的设备太多',
		hint: '会自动重试。也可以请主持人为部分参会者另建一个链接。',
	},
	protocolError: {
		title: '连接出了问题，服务器断开了这台设备',
		hint: '这台设备上保存的白板副本可能有问题。点“重新进入”：清除这台设备上的副本，重新连接。',
	},
	messageTooBig: {
		title: '一次发送的内容太大，服务器没有接受',
		hint: '可能是一张很大的图片。点“重新进入”：放弃这台设备上没保存的更改，重新打开白板。',
	},
	internalError: {
		title: '服务器暂时打不开这块白板',
		hint: '请稍后点“重试”；如果一直这样，请联系管理员。',
	},
	network: {
		title: '连不上服务器',
		hint: '请检查网络（例如是否连着会场的 Wi-Fi），然后点“重试”。这台设备上的更改不会丢失。',
	},
	lastFacilitatorLink: {
		title: '不能停用最后一个主持人链接',
		hint: '否则没人能管理这块白板。请先生成另一个主持人链接。',
	},
	linkNotFound: {
		title: '找不到这个链接',
		hint: '它可能已被别人停用。请关闭分享窗口后重新打开。',
	},
	invalidRequest: {
		title: '服务器没有接受这个请求',
		hint: '请检查填写的内容后再试；如果一直这样，请联系管理员。',
	},
	busy: {
		title: '服务器正忙',
		hint: '请过一会儿再试。',
	},
	unknown: {
		title: '出了点问题',
		hint: '请点“重试”；如果一直这样，请联系管理员。',
	},
}

export const refusalEn: typeof refusalZh = {
	reenter: 'Enter again',
	reenterHint:
		'Clears this board’s copy on this device (with the changes the server did not accept) and opens it again.',
	retry: 'Try again',
	backHome: 'Back to the home page',
	line: '{{title}}. {{hint}}',
	linkRevoked: {
		title: 'The facilitator deactivated this link',
		hint: 'This link no longer opens the board. Ask the facilitator for a new link, or scan the new QR code in the room.',
	},
	linkExpired: {
		title: 'This link has expired',
		hint: 'The link was made to work until a date that has passed. Ask the facilitator for a new link.',
	},
	unauthorized: {
		title: 'The link is incomplete or not valid',
		hint: 'Opening the board needs the whole link the facilitator sent. Check that it was copied completely, or ask for it again.',
	},
	forbidden: {
		title: 'This link does not open this board',
		hint: 'It may be the link of another board, or its role is not enough. Ask the facilitator for this board’s link.',
	},
	writeRefused: {
		title: 'The server did not accept a change from this device',
		hint: 'The change is beyond what your link may do (something only the facilitator may change, for example). Choose “Enter again” to drop this device’s unsaved changes and reopen the board.',
	},
	boardNotFound: {
		title: 'This board cannot be found',
		hint: 'The link may be wrong, or the board was deleted for good. Check the link with the facilitator.',
	},
	boardDeleted: {
		title: 'This board was moved to the trash',
		hint: 'The facilitator can restore it from the trash on the home page; then choose “Try again”.',
	},
	quotaExceeded: {
		title: 'This board has reached its size limit',
		hint: 'The latest changes were not saved. Choose “Enter again” to drop them; then remove content you do not need (large images, for example) or start a new board.',
	},
	storageUnavailable: {
		title: 'The server’s storage is full: changes cannot be saved for now',
		hint: 'Your changes stay on this device and sync once the server recovers. Tell the administrator.',
	},
	rateLimited: {
		title: 'The server turned the connection away for now',
		hint: 'Too many requests from this network or with this link. Wait a moment; it retries by itself.',
	},
	roomFull: {
		title: 'Too many people have this board open',
		hint: 'Wait a moment; it retries by itself.',
	},
	linkFull: {
		title: 'Too many devices have this link open',
		hint: 'It retries by itself. The facilitator can also make another link for some participants.',
	},
	protocolError: {
		title: 'Something went wrong with the connection: the server disconnected this device',
		hint: 'The copy of the board kept on this device may be damaged. Choose “Enter again” to clear it and reconnect.',
	},
	messageTooBig: {
		title: 'The server did not accept something this large',
		hint: 'Perhaps a very large picture. Choose “Enter again” to drop this device’s unsaved changes and reopen the board.',
	},
	internalError: {
		title: 'The server cannot open this board right now',
		hint: 'Choose “Try again” in a moment; if it keeps happening, contact the administrator.',
	},
	network: {
		title: 'Cannot reach the server',
		hint: 'Check the network (the meeting room’s Wi-Fi, for example), then choose “Try again”. Changes on this device are not lost.',
	},
	lastFacilitatorLink: {
		title: 'The last facilitator link cannot be deactivated',
		hint: 'Nobody could manage the board any more. Make another facilitator link first.',
	},
	linkNotFound: {
		title: 'This link cannot be found',
		hint: 'Someone may have deactivated it already. Close the share window and open it again.',
	},
	invalidRequest: {
		title: 'The server did not accept this request',
		hint: 'Check what was filled in and try again; if it keeps happening, contact the administrator.',
	},
	busy: {
		title: 'The server is busy',
		hint: 'Try again in a little while.',
	},
	unknown: {
		title: 'Something went wrong',
		hint: 'Choose “Try again”; if it keeps happening, contact the administrator.',
	},
}
