import { DISPLAY_NAME_HEADER } from '../../shared/activity/activityTypes'
import { authorName } from '../versions/authorName'

/**
 * The header a REST call the activity log attributes (versions, share links) carries this
 * person's display name in, URI-encoded so any script survives HTTP; none without a name.
 */
export function displayNameHeader(name: string = authorName()): Record<string, string> {
	return name ? { [DISPLAY_NAME_HEADER]: encodeURIComponent(name) } : {}
}
