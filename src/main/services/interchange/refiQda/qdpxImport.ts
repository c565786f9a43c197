import { randomUUID } from 'node:crypto'
import type { Annotation } from '../../../../shared/model/annotation'
import type { Block } from '../../../../shared/model/article'
import { LIMITS } from '../../../../shared/ipc/schemas'
import type { ImportResult } from '../../../../shared/model/import'
import type { ImportContext } from '../../articles/imports'
import { linkAt } from '../../codebook/coding'
import { ImportError } from '../../importers/importError'
import { EXTRACTOR_VERSION } from '../../importers/extractorVersion'
import { listAnnotations, putAnnotation } from '../../store/annotations'
import * as articles from '../../store/articles'
import { transaction } from '../../store/db'
import { placeOrphansOn } from '../webAnnotation/importAnnotations'
import { mergeCodes } from './mergeCodes'
import { type QdaProject, type QdaSelection, type QdaTextSource, readQdpx } from './qdpxRead'
import type { QdaCode } from './xml'

/** Characters of context kept either side of a passage (its TextQuoteSelector's prefix and suffix). */
const CONTEXT = 32
/** A source's name, as an article's title and file name, is cut here (file names are bounded by LIMITS). */
const TITLE_CHARS = 300

/**
 * A source's text as Dossier stores it (`\n` line ends), with, for each code point index of the source, its
 * UTF-16 index in the stored text: REFI-QDA positions count code points of the file as written.
 */
function storedText(source: string): { text: string; at: number[] } {
  const at: number[] = []
  let text = ''
  const points = [...source]
  points.forEach((ch, i) => {
    at.push(text.length)
    // A CR before an LF disappears (it maps to where the LF goes); a lone CR becomes an LF.
    if (ch === '\r') text += points[i + 1] === '\n' ? '' : '\n'
    else text += ch
  })
  at.push(text.length)
  return { text, at }
}

function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = []
  const pattern = /[^\n]+(?:\n[^\n]+)*/g
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    blocks.push({ type: 'paragraph', start: m.index, end: m.index + m[0].length })
  }
  return blocks
}

const countCodes = (codes: readonly QdaCode[]): number =>
  codes.reduce((n, c) => n + 1 + countCodes(c.children), 0)

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

interface Placed {
  articleId: string
  text: string
  /** The selection's UTF-16 range in `text`, or null when the passage is not in it. */
  range(selection: QdaSelection): { start: number; end: number } | null
}

/**
 * Imports a REFI-QDA project in one transaction: each text source with its text becomes an article, with the
 * byline, publisher, publication date, URL and language its variables give (one the library has, by content hash,
 * is reused as it is), the codebook is merged by path, and each plain text selection becomes a highlight with its
 * codes and its notes. A source whose text the project does not hold is left out and said so; a selection outside
 * its source refuses the whole file.
 */
export async function importQdpx(
  { db, clock, hash }: ImportContext,
  file: string,
  bytes: Uint8Array,
): Promise<ImportResult> {
  const project: QdaProject = readQdpx(bytes, file)
  const withText = project.sources.filter((s): s is QdaTextSource & { text: string } => s.text !== null)
  const stored = withText.map((s) => ({ source: s, ...storedText(s.text) }))
  for (const { source, at } of stored) {
    for (const sel of source.selections) {
      if (sel.end > at.length - 1 || sel.start >= sel.end) {
        throw new ImportError(
          file,
          `a selection of “${source.name}” (${sel.start}–${sel.end}) is outside its text`,
        )
      }
    }
  }
  // The same bounds as the window's own edits and imports, so an imported project holds nothing they could not.
  for (const { source, text } of stored) {
    if (text.length > LIMITS.textChars) {
      throw new ImportError(
        file,
        `the text of “${source.name}” is longer than ${LIMITS.textChars.toLocaleString('en')} characters`,
      )
    }
    // The library's publisher filter takes no longer name.
    if ((source.metadata.publisher?.length ?? 0) > LIMITS.publisherLength) {
      throw new ImportError(
        file,
        `the publisher of “${source.name}” is longer than ${LIMITS.publisherLength.toLocaleString('en')} characters`,
      )
    }
  }
  for (const [guid, note] of project.notes) {
    if (note.length > LIMITS.noteLength) {
      throw new ImportError(
        file,
        `its note ${guid} is longer than ${LIMITS.noteLength.toLocaleString('en')} characters`,
      )
    }
  }
  const hashes = await Promise.all(stored.map(({ text }) => hash(new TextEncoder().encode(text), file)))
  const now = clock()
  const noteText = (guids: readonly string[]): string =>
    guids
      .map((g) => project.notes.get(g)?.trim() ?? '')
      .filter(Boolean)
      .join('\n\n')

  const outcome = transaction(db, () => {
    const { byGuid } = mergeCodes(db, project.codes, now)
    let coded = 0
    const ids: string[] = []
    stored.forEach(({ source, text, at }, i) => {
      const place = sourceArticle(source, text, at, hashes[i])
      if (!ids.includes(place.articleId)) ids.push(place.articleId)
      const memo = noteText(source.noteGuids)
      if (memo) {
        const current = articles.getArticle(db, place.articleId)?.memo ?? ''
        if (!current.includes(memo))
          articles.setMemo(db, place.articleId, current ? `${current}\n\n${memo}` : memo)
      }
      const existing = listAnnotations(db, place.articleId)
      for (const sel of source.selections) {
        const range = place.range(sel)
        if (!range) continue
        const codeIds = [
          ...new Set(sel.codeGuids.map((g) => byGuid.get(g)).filter((id): id is string => !!id)),
        ]
        const same = existing.find((a) => a.position.start === range.start && a.position.end === range.end)
        const annotation =
          same ?? newAnnotation(place, range, noteText(sel.noteGuids) || sel.description.trim(), sel)
        if (!same) {
          putAnnotation(db, annotation)
          existing.push(annotation)
        }
        for (const codeId of codeIds) linkAt(db, annotation.id, codeId)
        if (codeIds.length) coded++
      }
    })
    return { ids, coded }
  })

  function sourceArticle(source: QdaTextSource, text: string, at: number[], sha256: string): Placed {
    const byCodePoints = (sel: QdaSelection): { start: number; end: number } => ({
      start: at[sel.start],
      end: at[sel.end],
    })
    const known = articles.findArticleIdBySha(db, sha256)
    if (!known) {
      const articleId = articles.insertArticle(
        db,
        {
          format: 'text',
          title: source.name.slice(0, TITLE_CHARS),
          ...source.metadata,
          text,
          blocks: paragraphBlocks(text),
          sha256,
          fileName: `${source.name.slice(0, TITLE_CHARS)}.txt`,
          original: new TextEncoder().encode(text),
          extractorVersion: EXTRACTOR_VERSION,
        },
        now,
      )
      placeOrphansOn(db, articleId, now.toISOString())
      return { articleId, text, range: byCodePoints }
    }
    // The same text imported before: its stored text may differ (an extracted .txt), so each passage is found
    // again by its words, nearest where the project put it.
    const article = articles.getArticle(db, known.id)!
    return {
      articleId: known.id,
      text: article.text,
      range: (sel) => {
        const wanted = byCodePoints(sel)
        if (article.text === text) return wanted
        const exact = text.slice(wanted.start, wanted.end)
        const found = nearestIndex(article.text, exact, wanted.start)
        return found < 0 ? null : { start: found, end: found + exact.length }
      },
    }
  }

  function newAnnotation(
    place: Placed,
    range: { start: number; end: number },
    note: string,
    sel: QdaSelection,
  ): Annotation {
    const at =
      sel.createdAt && !Number.isNaN(Date.parse(sel.createdAt))
        ? new Date(sel.createdAt).toISOString()
        : now.toISOString()
    return {
      id: randomUUID(),
      articleId: place.articleId,
      quote: {
        type: 'TextQuoteSelector',
        exact: place.text.slice(range.start, range.end),
        prefix: place.text.slice(Math.max(0, range.start - CONTEXT), range.start),
        suffix: place.text.slice(range.end, range.end + CONTEXT),
      },
      position: { type: 'TextPositionSelector', start: range.start, end: range.end },
      note,
      tags: [],
      color: 'yellow',
      createdAt: at,
      updatedAt: at,
    }
  }

  const skipped = project.sources.length - withText.length
  const line =
    `Imported project “${project.name}”: ${plural(outcome.ids.length, 'article', 'articles')}, ` +
    `${plural(countCodes(project.codes), 'code', 'codes')}, ${plural(outcome.coded, 'coded passage', 'coded passages')}` +
    (skipped
      ? ` (${plural(skipped, 'text source', 'text sources')} left out: the project does not hold their text)`
      : '')
  return { file, status: 'imported', id: outcome.ids[0] ?? null, title: project.name, summary: line }
}

/** The index of `needle` in `text` nearest `near`, or -1. */
function nearestIndex(text: string, needle: string, near: number): number {
  let best = -1
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i
  }
  return best
}
