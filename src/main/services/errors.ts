import type { ErrorCode } from '../../shared/ipc/result'

/** A failure the person using the app should read: `message` is written for them. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}

export const notFound = (what: string): ServiceError =>
  new ServiceError('not-found', `That ${what} is no longer in your library.`)
