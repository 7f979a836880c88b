import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initI18n } from './i18n/i18n'
import { registerServiceWorker } from './offline/registerServiceWorker'
import './styles.css'

initI18n()
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
	<StrictMode>
		<App />
	</StrictMode>,
)
registerServiceWorker()
