import type { z } from 'zod'
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
    return {
      ok: false,
      error: { code: 'invalid-request', message: `Dossier rejected a malformed request (${describeIssue(parsed.error.issues[0])}).` },
    }
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

/**
 * What was wrong with a request, for a person to read: where (the field's path) and what. Zod
 * words a missing value or a no-data request as "expected/received undefined", which says
 * nothing to someone who is not a programmer.
 */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'malformed request'
  const where = issue.path.map(String).join('.')
  let what = issue.message.replace(/^Invalid input: /, '')
  if (issue.code === 'invalid_type' && issue.expected === 'undefined') what = 'this request takes no data'
  else what = what.replace(/, received undefined$/, ', but it is missing')
  return where ? `${where}: ${what}` : what
}
