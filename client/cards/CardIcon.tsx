import type { CardKind } from '../../shared/domain/cardProps'

const PATHS: Record<CardKind, string> = {
	// A speech bubble with an exclamation mark: a need voiced by residents (not a hand, which
	// would read as tldraw's hand tool next to it in the toolbar).
	need: 'M4 4h16v12h-9l-5 4v-4H4zM12 7.5v4M12 13.8v.2',
	// A box: a resource.
	resource: 'M3 7.5 12 3l9 4.5v9L12 21l-9-4.5zM12 12l9-4.5M12 12 3 7.5M12 12v9',
	// A person: an actor.
	actor: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-8 9a8 8 0 0 1 16 0z',
	// A flag: a project.
	project: 'M5 21V4m0 0h11l-2 4 2 4H5',
}

/** The icon of a card kind, drawn in the current text colour. */
export function CardIcon({ kind, size = 16 }: { kind: CardKind; size?: number }) {
	const filled = kind === 'actor'
	return (
		<svg
			width={size}
			height={size}
			viewBox="0 0 24 24"
			aria-hidden="true"
			fill={filled ? 'currentColor' : 'none'}
			stroke={filled ? 'none' : 'currentColor'}
			strokeWidth={2}
			strokeLinejoin="round"
			strokeLinecap="round"
		>
			<path d={PATHS[kind]} />
		</svg>
	)
}
