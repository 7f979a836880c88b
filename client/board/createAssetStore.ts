import type { TLAssetStore } from '@tldraw/tldraw'
import { TOKEN_QUERY_PARAM } from '../../shared/protocol'
import { api } from '../api/apiClient'
import { tokenFor } from '../auth/boardTokens'

/**
 * Assets (images, videos) dropped on the canvas are uploaded to the server and
 * referenced by URL; the document never holds their bytes.
 */
export function createAssetStore(boardId: string): TLAssetStore {
	return {
		async upload(_asset, file) {
			const result = await api.uploadAsset(boardId, file)
			return { src: result.url }
		},
		resolve(asset) {
			const src = asset.props.src
			// Our own asset URLs need the board token (an <img> cannot send a header).
			if (!src?.startsWith('/api/boards/')) return src
			const token = tokenFor(boardId)
			return token ? `${src}?${TOKEN_QUERY_PARAM}=${encodeURIComponent(token)}` : src
		},
	}
}
