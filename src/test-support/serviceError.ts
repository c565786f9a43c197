import { ServiceError } from '../main/services/errors'

/** The ServiceError `work` throws (failing the test when it throws nothing or something else). */
export function serviceError(work: () => unknown): ServiceError {
  try {
    work()
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw error
  }
  throw new Error('expected a ServiceError')
}
