import { CHANNELS, type Channel } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'
import { requestSchemas } from '../../shared/ipc/schemas'
import { ServiceError } from '../services/errors'
import type { Handlers } from './handlers'

const KNOWN = new Set<string>(CHANNELS)

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && KNOWN.has(value)
}

/**
 * Validates one request from the renderer and runs its handler. The renderer is untrusted:
 * an unknown channel or a payload that does not parse never reaches a service. Errors come back
 * as values with a message for the user; unexpected ones are logged and answered generically.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'invalid-request', message: 'Dossier received a request it does not know.' } }
  }
  const parsed = requestSchemas[channel].safeParse(payload)
  if (!parsed.success) {
    const detail = parsed.error.issues[0]?.message ?? 'malformed request'
    return { ok: false, error: { code: 'invalid-request', message: `Dossier rejected a malformed request (${detail}).` } }
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } }
    console.error(`[dossier] ${channel} failed:`, error)
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Dossier; the action was not completed.' },
    }
  }
}
