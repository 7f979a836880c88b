import type { CardKind } from '../../shared/domain/cardProps'
import type { ActorSector, DispatchStatus, Sector, Urgency } from '../../shared/domain/enums'

/**
 * Colours of cards. Every colour is paired with a text label or an icon on the card,
 * so nothing is told by colour alone (colour-blind readers get the same information).
 */
export const KIND_COLORS: Record<CardKind, { accent: string; tint: string }> = {
	need: { accent: '#c2410c', tint: '#fff4ec' },
	resource: { accent: '#1d4ed8', tint: '#eef4ff' },
	actor: { accent: '#6d28d9', tint: '#f4f0ff' },
	project: { accent: '#047857', tint: '#ecfdf5' },
}

/** Sector colours (政府 red, 市场 amber, 社会 teal, 居民 slate), always shown with the sector's name. */
export const SECTOR_COLORS: Record<ActorSector | Sector, string> = {
	government: '#b91c1c',
	market: '#b45309',
	society: '#0f766e',
	residents: '#475569',
}

/** Urgency colours, shown with the word 高/中/低. */
export const URGENCY_COLORS: Record<Urgency, string> = {
	high: '#b91c1c',
	medium: '#b45309',
	low: '#4b5563',
}

/** Dispatch-status colours, shown with the status name. */
export const STATUS_COLORS: Record<DispatchStatus, string> = {
	published: '#64748b',
	applied: '#0369a1',
	coordinating: '#7c3aed',
	executing: '#b45309',
	followUp: '#0f766e',
	closed: '#15803d',
}
