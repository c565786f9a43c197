import { parentPort } from 'node:worker_threads'
import { analyzeText } from '../services/analysis'
import { originalText, sha256Hex } from '../services/fileBytes'
import { extractArticle, ImportError } from '../services/importers'
import type { TaskRequest, TaskResponse } from './backgroundPool'
import { dropPdfJsRejections } from './pdfJsRejections'

// This thread reads PDFs; pdf.js's stray rejections on damaged files must not end it.
dropPdfJsRejections()

function perform(request: TaskRequest): unknown {
  switch (request.kind) {
    case 'extract':
      return extractArticle(request.fileName, request.bytes)
    case 'analyze':
      return analyzeText(request.text)
    case 'sha256':
      return sha256Hex(request.data)
    case 'original':
      return originalText(request.bytes, request.maxChars)
  }
}

// Runs the work that can take seconds on a large file (extraction, analysis, hashing, decoding)
// off the main process's event loop: a large or hostile file keeps this thread busy (and can be
// terminated), never the app.
parentPort?.on('message', async (request: TaskRequest) => {
  let response: TaskResponse
  try {
    response = { id: request.id, ok: true, value: await perform(request) }
  } catch (error) {
    const reason =
      error instanceof ImportError
        ? error.reason
        : request.kind === 'extract'
          ? `it could not be read (${(error as Error)?.message ?? String(error)})`
          : ((error as Error)?.message ?? String(error))
    response = { id: request.id, ok: false, reason }
  }
  parentPort?.postMessage(response)
})
