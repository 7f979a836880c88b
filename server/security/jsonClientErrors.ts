import type http from 'node:http'
import type { Duplex } from 'node:stream'

/** What a malformed HTTP request gets: the status and a JSON body like every other error. */
export function clientErrorResponse(code: string | undefined): { status: number; text: string; body: string } {
	const [status, text, errorCode, message] =
		code === 'HPE_HEADER_OVERFLOW'
			? [431, 'Request Header Fields Too Large', 'headers_too_large', 'the request headers are too large']
			: [400, 'Bad Request', 'bad_request', 'the request could not be parsed as HTTP']
	return { status, text, body: JSON.stringify({ error: { code: errorCode, message } }) }
}

/**
 * Node answers a request it cannot parse (broken request line, oversized headers) with a
 * bare `400`/`431` and no body; this answers with the same JSON error shape as the API,
 * and simply drops sockets that are already gone.
 */
export function answerClientErrorsAsJson(server: http.Server): void {
	server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
		// Like Node's own handler: answer only when the response in flight on this socket (a
		// keep-alive socket may carry several) has not started; a second response would
		// corrupt the stream.
		const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage
		if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
			socket.destroy()
			return
		}
		const { status, text, body } = clientErrorResponse(err.code)
		// The answer to a HEAD request has headers only (its client reads no body).
		const raw = (err as NodeJS.ErrnoException & { rawPacket?: Buffer }).rawPacket
		const head = raw?.subarray(0, 5).toString('latin1') === 'HEAD '
		socket.write(
			`HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${head ? '' : body}`,
		)
		socket.destroy()
	})
}
