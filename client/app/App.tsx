import { BoardPage } from '../board/BoardPage'
import { HomePage } from '../home/HomePage'
import { PlanPage } from '../plan/PlanPage'
import { VersionPreviewPage } from '../versions/VersionPreviewPage'
import { NotFoundPage } from './NotFoundPage'
import { useRoute } from './router'

/** The app shell: picks the page for the current URL. */
export function App() {
	const route = useRoute()
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
