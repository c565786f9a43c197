import { parentPort } from 'node:worker_threads'
import { analyzeText } from '../services/analysis'
import { extractArticle, ImportError } from '../services/importers'
import type { TaskRequest, TaskResponse } from './backgroundPool'

// Runs extraction and analysis off the main process's event loop: a large or hostile file keeps
// this thread busy (and can be terminated), never the app.
parentPort?.on('message', async (request: TaskRequest) => {
  let response: TaskResponse
  try {
    const value = request.kind === 'extract' ? await extractArticle(request.fileName, request.bytes) : analyzeText(request.text)
    response = { id: request.id, ok: true, value }
  } catch (error) {
    response =
      error instanceof ImportError
        ? { id: request.id, ok: false, reason: error.reason }
        : { id: request.id, ok: false, reason: `it could not be read (${(error as Error)?.message ?? String(error)})` }
  }
  parentPort?.postMessage(response)
})
