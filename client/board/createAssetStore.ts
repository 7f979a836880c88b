import type { TLAssetStore } from '@tldraw/tldraw'
import { api } from '../api/apiClient'

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
			return asset.props.src
		},
	}
}
