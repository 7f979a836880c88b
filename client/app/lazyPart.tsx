import { Component, type ComponentType, lazy, type ReactNode, Suspense } from 'react'
import { useTranslation } from 'react-i18next'

/** A small status while a part's code loads. */
export function PartLoading() {
	const { t } = useTranslation()
	return (
		<p className="nd-part-loading" role="status">
			{t('loading.part')}
		</p>
	)
}

function PartFailed() {
	const { t } = useTranslation()
	return (
		<div className="nd-part-loading nd-part-loading--failed" role="alert">
			{t('loading.failed')}{' '}
			<button type="button" className="nd-button" onClick={() => window.location.reload()}>
				{t('loading.retry')}
			</button>
		</div>
	)
}

/** Shows PartFailed when a part's code could not be loaded (offline, and not kept on this device). */
export class PartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
	override state = { failed: false }
	static getDerivedStateFromError() {
		return { failed: true }
	}
	override render() {
		return this.state.failed ? <PartFailed /> : this.props.children
	}
}

/**
 * A component whose code is loaded only when it is first rendered (its own chunk, fetched
 * with `import()`), showing `fallback` meanwhile and a plain message with 重新加载 when the
 * code cannot be loaded. Usage: `lazyPart(() => import('./Panel').then((m) => m.Panel))`.
 */
export function lazyPart<P extends object>(
	load: () => Promise<ComponentType<P>>,
	fallback: ReactNode = <PartLoading />,
): ComponentType<P> {
	const Lazy = lazy(async () => ({ default: await load() }))
	// biome-ignore lint/correctness/noComponentHookFactories: made once per part at module level, like React.lazy itself
	function LazyPart(props: P) {
		return (
			<PartBoundary>
				<Suspense fallback={fallback}>
					<Lazy {...props} />
				</Suspense>
			</PartBoundary>
		)
	}
	return LazyPart
}
