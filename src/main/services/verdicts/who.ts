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
