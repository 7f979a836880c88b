import express, { type Router } from 'express'
import type { TemplateSummary } from '../../shared/apiTypes'
import { listTemplates } from '../../shared/templates/templateRegistry'

/** `GET /api/templates` response. */
export interface TemplateListResponse {
	templates: TemplateSummary[]
}

/** `/api/templates`: the board templates a new board can start from, with zh/en names and descriptions. */
export function templatesRouter(): Router {
	const router = express.Router()
	const body: TemplateListResponse = { templates: listTemplates() }
	router.get('/', (_req, res) => {
		res.json(body)
	})
	return router
}
