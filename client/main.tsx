import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initI18n } from './i18n/i18n'
import { registerServiceWorker } from './offline/registerServiceWorker'
import { UpdatePrompt } from './offline/UpdatePrompt'
import './styles.css'

initI18n()
// Which build this page runs (VITE_BUILD_ID at build time, e.g. a commit): <html data-build>.
if (import.meta.env.VITE_BUILD_ID) document.documentElement.dataset.build = String(import.meta.env.VITE_BUILD_ID)
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
	<StrictMode>
		<App />
		<UpdatePrompt />
	</StrictMode>,
)
registerServiceWorker()
