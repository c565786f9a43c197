import { userInfo } from 'node:os'
import { USER_NAME_MAX } from '../../../shared/model/verdict'
import { ServiceError } from '../errors'

/** The name of who made a change, trimmed; there are no accounts, so the caller passes the local user's name. */
export function userName(by: string): string {
  const name = typeof by === 'string' ? by.trim() : ''
  if (!name) throw new ServiceError('invalid-request', 'Say who is making this change (a name is needed).')
  if (name.length > USER_NAME_MAX || /\p{Cc}/u.test(name)) {
    throw new ServiceError(
      'invalid-request',
      `A name must be one line of at most ${USER_NAME_MAX} characters.`,
    )
  }
  return name
}

/**
 * The name of the person using this computer, as the OS knows it: the window never sends a name, so nobody can
 * sign a change as someone else. Falls back to the environment, then to "Analyst" where the OS has no name.
 */
export function localUserName(): string {
  let name: string
  try {
    name = userInfo().username
  } catch {
    // No entry for this user in the OS's user list (some containers): the environment may still name them.
    name = process.env.USER ?? process.env.USERNAME ?? ''
  }
  const clean = name.replace(/\p{Cc}/gu, '').trim().slice(0, USER_NAME_MAX)
  return clean || 'Analyst'
}
