import { atom } from '@tldraw/tldraw'
import type { CheckInMemory } from './checkInMemory'

/** Which meeting dialog is open: starting one, ending the open one, or the downloads of one just ended. */
export type MinutesDialog = { kind: 'start' } | { kind: 'end' } | { kind: 'ended'; meetingId: string; version: string }

/** The open meeting dialog (drawn by MinutesOverlays, so a top-bar menu closing does not close it). */
export const $minutesDialog = atom<MinutesDialog | null>('minutes dialog', null)

/** True while the 签到 prompt is shown (opened by itself once per meeting, or from the panel). */
export const $checkInOpen = atom<boolean>('check-in open', false)

/** This browser's check-in memory for the board in view (loaded by MinutesOverlays). */
export const $checkInMemory = atom<CheckInMemory>('check-in memory', { body: null, meetingIds: [], dismissed: [] })
