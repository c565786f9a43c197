import { ANNOTATION_COLORS, type AnnotationColor, isAnnotationColor } from '../../shared/model/annotation'
import { annotateQuote } from '../../main/services/annotations/edit'
import { deleteArticle } from '../../main/services/articles/edit'
import { importFile } from '../../main/services/articles/imports'
import { listArticles } from '../../main/services/articles/read'
import { addArticles, ensureCase } from '../../main/services/cases'
import { caseName } from '../../main/services/cases/caseNames'
import { ServiceError } from '../../main/services/errors'
import type { Library } from '../../main/services/library'
import { requireFiles, UsageError, type Values } from '../args'
import { type Io, nextTurn, printJson } from '../output'

/* The commands that change or list the library: import, list, annotate, delete. */

export async function importFiles(library: Library, files: string[], values: Values, io: Io): Promise<number> {
  requireFiles(files, 'import')
  // The name is checked before any file is read; the case itself is made when the first article goes in.
  const intoCase = values.case === undefined ? null : checkedCaseName(values.case)
  let caseId: string | null = null
  let filed = 0
  let status = 0
  const records: unknown[] = []
  for (const file of files) {
    const result = await importFile(library, file)
    const record = { file, id: result.id, title: result.title, status: result.status, ...(result.error ? { error: result.error } : {}) }
    if (result.status === 'failed') {
      status = 1
      io.err(`dossier: ${result.error}\n`)
    } else if (intoCase !== null && result.id) {
      // Each file is filed right after its import (both are transactions of their own, which cannot nest).
      caseId ??= ensureCase(library.db, intoCase, library.clock()).id
      addArticles(library.db, caseId, [result.id], library.clock())
      filed++
    }
    if (values.json) records.push(record)
    else if (result.summary) io.out(`${result.summary}\n`)
    else if (result.status !== 'failed') io.out(`${result.status}\t${result.id}\t${result.title}\n`)
    await nextTurn()
  }
  if (values.json) printJson(io, records, files.length === 1)
  else if (intoCase !== null) io.out(`${filed} ${filed === 1 ? 'article' : 'articles'} in the case “${intoCase}”\n`)
  return status
}

function checkedCaseName(name: string): string {
  try {
    return caseName(name)
  } catch (error) {
    if (error instanceof ServiceError) throw new ServiceError(error.code, `--case “${name}”: ${error.message}`)
    throw error
  }
}

export function list(library: Library, values: Values, io: Io): number {
  const rows = listArticles(library).map((a) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    published: a.published,
    importedAt: a.importedAt,
    annotations: a.annotations,
  }))
  if (values.json) io.out(JSON.stringify(rows, null, 2) + '\n')
  else if (rows.length === 0) io.out('The library is empty. Import articles with: dossier import FILE...\n')
  else for (const r of rows) io.out(`${r.id}\t${r.title}\t${r.publisher ?? ''}\t${r.annotations} annotations\n`)
  return 0
}

export function annotate(library: Library, args: string[], values: Values, io: Io): number {
  if (args.length !== 1) throw new UsageError('annotate needs exactly one article ID')
  if (!values.quote) throw new UsageError('annotate needs --quote TEXT')
  if (values.color && !isAnnotationColor(values.color)) {
    throw new UsageError(`--color must be one of ${ANNOTATION_COLORS.join(', ')}`)
  }
  const annotation = annotateQuote(library, args[0], values.quote, {
    note: values.note,
    tags: values.tag,
    color: values.color as AnnotationColor | undefined,
  })
  if (values.json) io.out(JSON.stringify(annotation, null, 2) + '\n')
  else io.out(`annotated\t${annotation.id}\t${annotation.position.start}-${annotation.position.end}\t“${annotation.quote.exact}”\n`)
  return 0
}

/** Deletes each article with its annotations; an unknown id is reported and the others are still deleted. */
export function deleteArticles(library: Library, ids: string[], values: Values, io: Io): number {
  if (ids.length === 0) throw new UsageError('delete needs at least one article ID')
  let status = 0
  const records: unknown[] = []
  for (const id of ids) {
    try {
      deleteArticle(library, id)
      if (values.json) records.push({ id, status: 'deleted' })
      else io.out(`deleted\t${id}\n`)
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error
      status = 1
      const message = `No article “${id}” in the library.`
      io.err(`dossier: ${message}\n`)
      if (values.json) records.push({ id, status: 'failed', error: message })
    }
  }
  if (values.json) printJson(io, records, ids.length === 1)
  return status
}
