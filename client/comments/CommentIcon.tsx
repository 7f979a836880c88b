/** A speech bubble (drawn, not an emoji: phones and kiosks without an emoji font show it too). */
export function CommentIcon({ size = 14 }: { size?: number }) {
	return (
		<svg
			className="nd-comment-icon"
			width={size}
			height={size}
			viewBox="0 0 16 16"
			aria-hidden="true"
			focusable="false"
		>
			<path
				d="M2.5 3.5a1.5 1.5 0 0 1 1.5-1.5h8a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 2.5V11a1.5 1.5 0 0 1-1.5-1.5z"
				fill="none"
				stroke="currentColor"
				strokeWidth="1.6"
				strokeLinejoin="round"
			/>
		</svg>
	)
}
