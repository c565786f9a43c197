/** A small library in a real store for the search tests: articles, notes and analyses written through the store. */
import { createHash } from 'node:crypto'
import type { Analysis, Source } from '../shared/model/analysis'
import type { Annotation } from '../shared/model/annotation'
import { putAnalysis } from '../main/services/store/analyses'
import { putAnnotation } from '../main/services/store/annotations'
import { insertArticle } from '../main/services/store/articles'
import type { Db } from '../main/services/store/db'

export interface ArticleSeed {
  title: string
  text: string
  publisher?: string | null
  byline?: string | null
  published?: string | null
  /** 'en' when left out. */
  lang?: string | null
  url?: string | null
}

/** Stores an article with one paragraph block per paragraph of `text`; returns its id. */
export function addArticle(db: Db, seed: ArticleSeed): string {
  const bytes = new TextEncoder().encode(`${seed.title}\n${seed.text}`)
  let offset = 0
  const blocks = seed.text.split('\n\n').map((p) => {
    const block = { type: 'paragraph' as const, start: offset, end: offset + p.length }
    offset += p.length + 2
    return block
  })
  return insertArticle(db, {
    format: 'text',
    title: seed.title,
    byline: seed.byline ?? null,
    publisher: seed.publisher ?? null,
    published: seed.published ?? null,
    lang: seed.lang === undefined ? 'en' : seed.lang,
    url: seed.url ?? null,
    text: seed.text,
    blocks,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fileName: `${seed.title}.txt`,
    original: bytes,
    extractorVersion: 1,
  })
}

/** Writes a note on `text.slice(start, end)` of an article (replacing one with the same id). */
export function addNote(
  db: Db,
  fields: { id: string; articleId: string; text: string; start: number; end: number; note: string; tags?: string[] },
): Annotation {
  const annotation: Annotation = {
    id: fields.id,
    articleId: fields.articleId,
    quote: {
      type: 'TextQuoteSelector',
      exact: fields.text.slice(fields.start, fields.end),
      prefix: fields.text.slice(Math.max(0, fields.start - 20), fields.start),
      suffix: fields.text.slice(fields.end, fields.end + 20),
    },
    position: { type: 'TextPositionSelector', start: fields.start, end: fields.end },
    note: fields.note,
    tags: fields.tags ?? [],
    color: 'yellow',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
  putAnnotation(db, annotation)
  return annotation
}

/** Stores an analysis whose source ledger names `sources`. */
export function addSources(db: Db, articleId: string, sources: string[]): void {
  const ledger: Source[] = sources.map((name, i) => ({ id: `s${i}`, name, kind: 'person', role: null, mentions: [] }))
  const result: Analysis = { claims: [], sources: ledger, quotes: [], attributions: [] }
  putAnalysis(db, articleId, { version: 1, textSha256: 'x', result }, new Date('2026-01-01T00:00:00Z'))
}

/** Every term the search index holds, sorted (through an fts5vocab table made for the test's connection). */
export function indexedTerms(db: Db): string[] {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search_index, 'row')`)
  return (db.prepare('SELECT term FROM temp.search_terms ORDER BY term').all() as { term: string }[]).map((r) => r.term)
}
