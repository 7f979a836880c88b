import { lazy, Suspense } from 'react'
import { LoadingShell } from './LoadingShell'
import { PartBoundary } from './lazyPart'
import { NotFoundPage } from './NotFoundPage'
import { type Route, useRoute } from './router'

// Each page is its own chunk: the home page never loads tldraw, and a board shows its
// shell at once while the canvas's code arrives.
const HomePage = lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage })))
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })))
const PlanPage = lazy(() => import('../plan/PlanPage').then((m) => ({ default: m.PlanPage })))
const VersionPreviewPage = lazy(() =>
	import('../versions/VersionPreviewPage').then((m) => ({ default: m.VersionPreviewPage })),
)

/** The app shell: picks the page for the current URL. */
export function App() {
	const route = useRoute()
	const shell = (
		<LoadingShell
			boardId={route.page === 'home' || route.page === 'notFound' ? undefined : route.boardId}
			preview={route.page === 'board'}
		/>
	)
	return (
		<PartBoundary>
			<Suspense fallback={shell}>
				<Page route={route} />
			</Suspense>
		</PartBoundary>
	)
}

function Page({ route }: { route: Route }) {
	switch (route.page) {
		case 'home':
			return <HomePage />
		case 'board':
			return <BoardPage key={route.boardId} boardId={route.boardId} />
		case 'plan':
			return <PlanPage key={route.boardId} boardId={route.boardId} />
		case 'version':
			return <VersionPreviewPage key={route.versionId} boardId={route.boardId} versionId={route.versionId} />
		case 'notFound':
			return <NotFoundPage />
	}
}
