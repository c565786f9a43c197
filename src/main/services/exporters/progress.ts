import { ServiceError } from '../errors'
import type { ExportRunOptions } from './registry'

/** The error an export stops with when it is cancelled; nothing of it has been written. */
export const exportCancelled = (): ServiceError => new ServiceError('export-failed', 'The export was cancelled.')

/**
 * Makes one part per article, in order, reporting progress after each and stopping with
 * `exportCancelled` when the signal is aborted. It yields to the event loop between articles, so
 * that a Cancel sent while a long export runs is received.
 */
export async function mapArticles<T>(
  ids: readonly string[],
  { signal, onProgress }: ExportRunOptions,
  make: (id: string) => T,
): Promise<T[]> {
  const parts: T[] = []
  for (const id of ids) {
    if (signal?.aborted) throw exportCancelled()
    parts.push(make(id))
    onProgress?.(parts.length, ids.length)
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (signal?.aborted) throw exportCancelled()
  return parts
}
