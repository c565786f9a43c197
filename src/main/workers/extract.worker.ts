import { parentPort } from 'node:worker_threads'
import { extractArticle, ImportError } from '../services/importers'
import type { ExtractRequest, ExtractResponse } from './extractPool'

// Runs extraction off the main process's event loop: a large or hostile file keeps this thread
// busy (and can be terminated), never the app.
parentPort?.on('message', async ({ id, fileName, bytes }: ExtractRequest) => {
  let response: ExtractResponse
  try {
    response = { id, ok: true, article: await extractArticle(fileName, bytes) }
  } catch (error) {
    response =
      error instanceof ImportError
        ? { id, ok: false, reason: error.reason }
        : { id, ok: false, reason: `it could not be read (${(error as Error)?.message ?? String(error)})` }
  }
  parentPort?.postMessage(response)
})
