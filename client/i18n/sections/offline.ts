/** Strings of the offline feature (Chinese first; English must have the same keys). */
export const offlineZh = {
	syncing: '正在同步 {{count}} 项更改…',
	waitingOffline: '离线 · {{count}} 项更改待同步',
	waitingReconnecting: '正在重连 · {{count}} 项更改待同步',
	savedHere: '这些更改已保存在本设备上，连接恢复后会自动与他人的更改合并。',
	editOfflineHint: '离线时仍可编辑：更改保存在本设备上，连接恢复后自动同步。',
	notCached: '离线：这块白板没有保存在本设备上',
	notCachedHint:
		'无法连接服务器，而本设备上还没有这块白板的副本（从未在此设备上打开过，或已被清除）。请连接到服务器所在的网络后重试。',
	insecureHint:
		'提示：通过 http:// 局域网地址访问时，浏览器不允许离线重新加载页面本身（需要 https 或 localhost）；已打开的白板仍可离线编辑。',
	retry: '重试',
	cachedCopy: '离线：显示本设备上保存的副本',
	updateAvailable: '新版本可用',
	updateReload: '刷新',
}

export const offlineEn: typeof offlineZh = {
	syncing: 'Syncing {{count}} changes…',
	waitingOffline: 'Offline · {{count}} changes waiting',
	waitingReconnecting: 'Reconnecting · {{count}} changes waiting',
	savedHere: 'These changes are saved on this device and merge with everyone else’s when the connection returns.',
	editOfflineHint:
		'You can keep editing offline: changes are saved on this device and sync when the connection returns.',
	notCached: 'Offline: this board is not saved on this device',
	notCachedHint:
		'The server cannot be reached and this device has no copy of this board (never opened here, or cleared). Connect to the network of the server and try again.',
	insecureHint:
		'Note: on a plain http:// LAN address the browser cannot reload the page itself offline (that needs https or localhost); a board already open keeps working offline.',
	retry: 'Retry',
	cachedCopy: 'Offline: showing the copy saved on this device',
	updateAvailable: 'A new version is available',
	updateReload: 'Reload',
}
