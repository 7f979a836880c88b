import { CloseCode } from '../../shared/protocol'

const NAMES = new Map<number, string>(Object.entries(CloseCode).map(([name, code]) => [code, name]))

/** The name of a WebSocket close code in shared/protocol.ts (`4422` → `writeRefused`), or `unknown`. */
export function closeCodeName(code: number): string {
	return NAMES.get(code) ?? 'unknown'
}
