import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { createBoard, personContext } from './helpers'

/*
 * Deploying a new build to a browser that has the old one offline: build A is the client
 * the e2e run serves; build B is built here once, with another VITE_BUILD_ID (so its files'
 * hashes differ). A server of this test's own serves A, then is restarted on the same port
 * (same origin, same service worker scope) serving B, as an operator deploys.
 */

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const buildA = process.env.CLIENT_DIR ? path.resolve(process.env.CLIENT_DIR) : path.join(projectRoot, 'dist', 'client')
const BUILD_B_ID = `B-${Date.now()}`

/** The URLs (paths) a build's service worker precaches, read from its injected list. */
function precacheListOf(clientDir: string): string[] {
	const sw = fs.readFileSync(path.join(clientDir, 'sw.js'), 'utf8')
	return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => `/${m[1]}`)
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer()
		probe.once('error', reject)
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo
			probe.close(() => resolve(port))
		})
	})
}

/** Runs a command in the project; rejects with its output when it fails. */
function run(args: string[], env: Record<string, string>): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env } })
		let output = ''
		child.stdout.on('data', (d: Buffer) => {
			output += d
		})
		child.stderr.on('data', (d: Buffer) => {
			output += d
		})
		child.on('error', reject)
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed:\n${output}`))))
	})
}

/** The Niudai server on `port` serving `clientDir`; resolves once it listens. */
function startServer(clientDir: string, port: number, dataDir: string): Promise<ChildProcess> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
			cwd: projectRoot,
			env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, CLIENT_DIR: clientDir, LOG_LEVEL: 'warn' },
			stdio: ['ignore', 'pipe', 'pipe'],
		})
		let output = ''
		const onData = (d: Buffer) => {
			output += d
			if (output.includes(`NIUDAI_LISTENING port=${port}`)) resolve(child)
		}
		child.stdout?.on('data', onData)
		child.stderr?.on('data', (d: Buffer) => {
			output += d
		})
		child.on('error', reject)
		child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)))
	})
}

/** Stops a server started above and waits until it has exited (its port is free again). */
async function stopServer(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
	child.kill('SIGTERM')
	const deadline = setTimeout(() => child.kill('SIGKILL'), 15_000)
	await exited
	clearTimeout(deadline)
}

/** Opens a board and waits until it is live; loading tldraw takes long on a loaded 2-core machine. */
async function openBoardPatiently(page: Page, url: string): Promise<void> {
	await page.goto(url)
	await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 30_000 })
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 })
}

/** Every cache of this origin, with the paths (query included) of what each holds. */
function cachedByName(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const out: Record<string, string[]> = {}
		for (const name of await caches.keys()) {
			out[name] = (await (await caches.open(name)).keys()).map((r) => {
				const u = new URL(r.url)
				return u.pathname + u.search
			})
		}
		return out
	})
}

/** The paths (without the revision query) the service worker has precached. */
async function precached(page: Page): Promise<string[]> {
	const caches = await cachedByName(page)
	return Object.entries(caches)
		.filter(([name]) => name.startsWith('workbox-precache-'))
		.flatMap(([, urls]) => urls.map((u) => u.split('?')[0]))
		.sort()
}

test.describe('a new build replaces the offline app', () => {
	let dirB = ''
	let dataDir = ''
	let port = 0
	let server: ChildProcess | null = null

	test.beforeAll(async () => {
		// One vite build (~15–60 s on this machine, depending on its load).
		test.setTimeout(240_000)
		dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-build-b-'))
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-update-data-'))
		await run([path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
			CLIENT_DIR: dirB,
			VITE_BUILD_ID: BUILD_B_ID,
		})
		port = await freePort()
	})

	test.afterAll(async () => {
		if (server) await stopServer(server)
		if (dirB) fs.rmSync(dirB, { recursive: true, force: true })
		if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
	})

	test('an open board sees 新版本可用, 刷新 loads the new build, the old build’s files leave the cache', async ({
		browser,
	}) => {
		test.setTimeout(120_000)
		const listA = precacheListOf(buildA)
		const listB = precacheListOf(dirB)
		const onlyInA = listA.filter((u) => !listB.includes(u))
		// Two different builds: the entry script (its hash) differs.
		expect(onlyInA.some((u) => /^\/assets\/index-.+\.js$/.test(u))).toBe(true)
		expect(listA).toContain('/index.html')

		server = await startServer(buildA, port, dataDir)
		const base = `http://localhost:${port}`
		const board = await createBoard(base, '更新测试')
		const person = await personContext(browser, '王社工')
		const { context, page } = person
		const elsewhere: string[] = []
		context.on('request', (r) => {
			if (new URL(r.url()).origin !== base) elsewhere.push(r.url())
		})

		// Build A: the page runs it, and its service worker controls the page with A's files precached.
		await openBoardPatiently(page, `${base}${board.url}`)
		await expect(page.locator('html')).not.toHaveAttribute('data-build', BUILD_B_ID)
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
		await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
		await expect.poll(() => precached(page), { timeout: 30_000 }).toEqual([...listA].sort())
		await expect(page.getByTestId('update-prompt')).toBeEmpty()
		await page.evaluate(() => {
			;(window as { stillTheSamePage?: boolean }).stillTheSamePage = true
		})

		// Deploy B: the server restarts on the same address with the new build.
		await stopServer(server)
		server = await startServer(dirB, port, dataDir)
		await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', {
			timeout: 20_000,
		})

		// The network comes back after a cut: the open page looks for a new build and offers it.
		await context.setOffline(true)
		await context.setOffline(false)
		const prompt = page.getByTestId('update-prompt')
		await expect(prompt).toContainText('新版本可用', { timeout: 30_000 })
		await expect(prompt).toHaveAttribute('role', 'status')
		// Nothing reloaded by itself: the meeting goes on in build A until someone asks.
		expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true)
		await expect(page.locator('html')).not.toHaveAttribute('data-build', BUILD_B_ID)
		await page.screenshot({ path: test.info().outputPath('update-prompt.png') })

		// 刷新 from the keyboard: the new worker takes over and the page reloads once, into build B.
		const reload = page.getByRole('button', { name: '刷新' })
		await reload.focus()
		await page.keyboard.press('Enter')
		await expect(page.locator('html')).toHaveAttribute('data-build', BUILD_B_ID, { timeout: 30_000 })
		expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBeUndefined()
		await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 30_000 })
		await expect(page.getByTestId('update-prompt')).toBeEmpty()

		// B's files are precached; none of A's own files is left in any cache.
		await expect.poll(() => precached(page), { timeout: 30_000 }).toEqual([...listB].sort())
		const left = Object.values(await cachedByName(page)).flat()
		expect(left.filter((u) => onlyInA.includes(u.split('?')[0]))).toEqual([])
		expect(Object.keys(await cachedByName(page)).filter((n) => n.startsWith('workbox-precache-'))).toHaveLength(1)

		// Offline, the reload is build B, from the service worker.
		await context.setOffline(true)
		const offline = await page.reload()
		expect(offline?.fromServiceWorker()).toBe(true)
		await expect(page.locator('html')).toHaveAttribute('data-build', BUILD_B_ID)
		await expect(page.getByTestId('board-title')).toHaveText('更新测试', { timeout: 30_000 })
		await context.setOffline(false)

		// Nothing came from anywhere but this server (the service worker's own requests included).
		expect(elsewhere).toEqual([])
		await context.close()
	})
})
