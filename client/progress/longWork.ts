import { useSyncExternalStore } from 'react'

/** Long work a person starts and waits for: each kind has its progress line (`guidance.progress.<kind>`). */
export const LONG_WORK_KINDS = ['docx', 'markdown', 'xlsx', 'csv', 'print', 'import', 'picture'] as const
export type LongWorkKind = (typeof LONG_WORK_KINDS)[number]

/** What the progress line shows: nothing, work under way, or work that failed (with the error). */
export type LongWorkState =
	| { readonly state: 'idle' }
	| { readonly state: 'running'; readonly kind: LongWorkKind }
	| { readonly state: 'failed'; readonly kind: LongWorkKind; readonly error: unknown }

let current: LongWorkState = { state: 'idle' }
const listeners = new Set<() => void>()

function set(next: LongWorkState): void {
	current = next
	for (const l of listeners) l()
}

/** The long work under way (or just failed) on this page. */
export function longWorkState(): LongWorkState {
	return current
}

function subscribe(listener: () => void): () => void {
	listeners.add(listener)
	return () => listeners.delete(listener)
}

/** The long work under way, for components (the progress line, buttons disabled meanwhile). */
export function useLongWork(): LongWorkState {
	return useSyncExternalStore(subscribe, longWorkState, longWorkState)
}

/** Clears a failure once the person has read it. */
export function dismissLongWork(): void {
	if (current.state === 'failed') set({ state: 'idle' })
}

/**
 * Runs `action` with its progress line shown ("正在生成计划书…") until it ends; a failure
 * stays on screen, in the chosen language, until dismissed. One piece of work at a time:
 * while one runs, another is refused (the buttons that start them are disabled).
 */
export async function runLongWork(kind: LongWorkKind, action: () => Promise<void>): Promise<boolean> {
	if (current.state === 'running') return false
	set({ state: 'running', kind })
	try {
		await action()
		set({ state: 'idle' })
		return true
	} catch (error) {
		set({ state: 'failed', kind, error })
		return false
	}
}
