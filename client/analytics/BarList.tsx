/** Counts as labelled horizontal bars; every bar carries its label and number, not colour alone. */
export function BarList({
	items,
	testId,
}: {
	items: { key: string; label: string; value: number; color?: string }[]
	testId?: string
}) {
	const max = Math.max(1, ...items.map((i) => i.value))
	return (
		<ul className="nd-bars" data-testid={testId}>
			{items.map((item) => (
				<li key={item.key} className="nd-bars__row" data-key={item.key} data-value={item.value}>
					<span className="nd-bars__label">{item.label}</span>
					<span className="nd-bars__track">
						<span
							className="nd-bars__fill"
							style={{ width: `${(item.value / max) * 100}%`, background: item.color ?? '#64748b' }}
						/>
					</span>
					<span className="nd-bars__value">{item.value}</span>
				</li>
			))}
		</ul>
	)
}
