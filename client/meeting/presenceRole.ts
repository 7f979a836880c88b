import { ROLES, type Role } from '../../shared/protocol'

/** The role a participant published in their presence `meta`, or null when absent or unknown. */
export function presenceRole(meta: unknown): Role | null {
	if (typeof meta !== 'object' || meta === null) return null
	const role = (meta as { role?: unknown }).role
	return typeof role === 'string' && (ROLES as readonly string[]).includes(role) ? (role as Role) : null
}
