import { CloseCode } from '../../shared/protocol'
import type { GateVerdict } from '../security/rateLimits'

/** The close code and reason of a socket the connection gate refused. */
export function gateRefusal(verdict: Exclude<GateVerdict, 'ok'>): [number, string] {
	switch (verdict) {
		case 'rateLimited':
			return [CloseCode.rateLimited, 'rate limited: too many connection attempts from this address, retry later']
		case 'linkRateLimited':
			return [CloseCode.rateLimited, 'rate limited: too many connection attempts with this link, retry later']
		case 'roomFull':
			return [CloseCode.roomFull, 'room full: too many connections']
		case 'linkFull':
			return [CloseCode.linkFull, 'link full: too many open connections with this link']
	}
}
