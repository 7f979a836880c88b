import { DefaultPageMenu } from '@tldraw/tldraw'
import { useNarrowScreen } from './useNarrowScreen'

/** tldraw's page menu, left out on phones, where the top bar needs the width. */
export function ResponsivePageMenu() {
	return useNarrowScreen() ? null : <DefaultPageMenu />
}
