import express, { type Router } from 'express'
import type { ServerTimeResponse } from '../../shared/meeting/timer'

/**
 * `/api/time`: the server's clock, so every device counts a shared timer down from the
 * same time. No token needed (it reveals nothing); never cached.
 */
export function timeRouter(clock: () => number = Date.now): Router {
	const router = express.Router()
	router.get('/', (_req, res) => {
		const body: ServerTimeResponse = { now: clock() }
		res.set('Cache-Control', 'no-store')
		res.json(body)
	})
	return router
}
