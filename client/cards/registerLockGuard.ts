import type { Editor } from '@tldraw/tldraw'
import { can } from '../../shared/auth/permissions'
import type { Role } from '../../shared/protocol'

/**
 * Locking and unlocking shapes is the facilitator's (ACTION_ROLES.lockFrames; the server
 * closes the socket of anyone else who changes a lock): for other roles a local change of
 * `isLocked` on an existing shape — tldraw's lock action, shift+L — is undone before it is
 * written, so an editor never loses the connection over a shortcut.
 */
export function registerLockGuard(editor: Editor, role: Role): () => void {
	if (can(role, 'lockFrames')) return () => {}
	return editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next, source) =>
		source === 'user' && prev.isLocked !== next.isLocked ? { ...next, isLocked: prev.isLocked } : next,
	)
}
