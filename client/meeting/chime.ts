/**
 * A soft two-tone chime made with WebAudio (no audio file): two sine notes a major
 * third apart, each fading out over a second, quiet enough not to startle a room.
 */

type AudioContextCtor = typeof AudioContext

let context: AudioContext | null = null

function audioContextCtor(): AudioContextCtor | null {
	const w = window as unknown as { AudioContext?: AudioContextCtor; webkitAudioContext?: AudioContextCtor }
	return w.AudioContext ?? w.webkitAudioContext ?? null
}

function getContext(): AudioContext | null {
	if (context) return context
	const Ctor = audioContextCtor()
	if (!Ctor) return null
	try {
		context = new Ctor()
	} catch {
		return null
	}
	return context
}

/**
 * Browsers only let a page make sound after the person touched it: this opens the
 * audio context on the first pointer or key press, so the chime can play later.
 */
export function primeChimeOnFirstGesture(): () => void {
	const events = ['pointerdown', 'keydown', 'touchend'] as const
	const unlock = () => {
		const ctx = getContext()
		if (ctx && ctx.state !== 'running') void ctx.resume().catch(() => {})
		remove()
	}
	const remove = () => {
		for (const e of events) window.removeEventListener(e, unlock, true)
	}
	for (const e of events) window.addEventListener(e, unlock, true)
	return remove
}

function note(ctx: AudioContext, frequency: number, start: number, duration: number, peak: number): void {
	const osc = ctx.createOscillator()
	const gain = ctx.createGain()
	osc.type = 'sine'
	osc.frequency.value = frequency
	gain.gain.setValueAtTime(0.0001, start)
	gain.gain.exponentialRampToValueAtTime(peak, start + 0.03)
	gain.gain.exponentialRampToValueAtTime(0.0001, start + duration)
	osc.connect(gain).connect(ctx.destination)
	osc.start(start)
	osc.stop(start + duration + 0.05)
}

/** Plays the chime once; silently does nothing where sound is unavailable or not yet allowed. */
export function playChime(): void {
	const ctx = getContext()
	if (!ctx) return
	const play = () => {
		const t = ctx.currentTime + 0.02
		note(ctx, 659.25, t, 1.1, 0.12) // E5
		note(ctx, 523.25, t + 0.45, 1.4, 0.1) // C5
	}
	if (ctx.state === 'running') play()
	else void ctx.resume().then(play, () => {})
}
