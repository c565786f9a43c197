import type { Article } from '../../../shared/model/article'
import type { CsvRows } from '../../../shared/model/export'
import type { ArticleRecord } from './exportData'

/** Spreadsheet apps read a UTF-8 file as UTF-8 only when it starts with this byte order mark. */
export const CSV_BOM = '\uFEFF'

const ARTICLE_COLUMNS = [
  'article_id',
  'article_title',
  'publisher',
  'byline',
  'published',
  'url',
  'source_file',
  'sha256',
] as const

const ROW_COLUMNS: Record<CsvRows, readonly string[]> = {
  annotations: [
    'annotation_id',
    'quote',
    'note',
    'tags',
    'codes',
    'color',
    'start',
    'end',
    'created',
    'modified',
  ],
  claims: [
    'claim',
    'start',
    'end',
    'checkworthy_score',
    'verdict_id',
    'status',
    'rating',
    'conclusion',
    'evidence',
  ],
  sources: ['source', 'kind', 'role', 'mentions'],
}

type Cell = string | number | null

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return that some apps skip before
 * one) gets a leading apostrophe, so that it is shown as the text it is (OWASP's advice on CSV injection).
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
export function csvField(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  const text = defuseFormula(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function articleCells(article: Article): Cell[] {
  return [
    article.id,
    article.title,
    article.publisher,
    article.byline,
    article.published,
    article.url,
    article.fileName,
    article.sha256,
  ]
}

function rowsOf(record: ArticleRecord, rows: CsvRows): Cell[][] {
  switch (rows) {
    case 'annotations':
      return record.annotations.map(({ annotation: a, codes }) => [
        a.id,
        a.quote.exact,
        a.note,
        a.tags.join('; '),
        codes.join('; '),
        a.color,
        a.position.start,
        a.position.end,
        a.createdAt,
        a.updatedAt,
      ])
    case 'claims':
      return claimRows(record)
    case 'sources':
      return (record.analysis?.sources ?? []).map((s) => [s.name, s.kind, s.role, s.mentions.length])
  }
}

/** Every judged claim, then every check-worthy claim the analysis found that has no verdict yet, in text order. */
function claimRows({ judged, analysis }: ArticleRecord): Cell[][] {
  const scores = new Map((analysis?.claims ?? []).map((c) => [`${c.start}:${c.end}`, c.score]))
  const rows: { start: number; cells: Cell[] }[] = judged.map(({ claim, verdict }) => ({
    start: claim.start,
    cells: [
      claim.text,
      claim.start,
      claim.end,
      scores.get(`${claim.start}:${claim.end}`) ?? null,
      verdict.id,
      verdict.status,
      verdict.rating,
      verdict.conclusion,
      verdict.evidence.length,
    ],
  }))
  const judgedSpans = new Set(judged.map(({ claim }) => `${claim.start}:${claim.end}`))
  for (const c of analysis?.claims ?? []) {
    if (!c.checkworthy || judgedSpans.has(`${c.start}:${c.end}`)) continue
    rows.push({ start: c.start, cells: [c.text, c.start, c.end, c.score, null, null, null, null, null] })
  }
  return rows.sort((a, b) => a.start - b.start).map((r) => r.cells)
}

/**
 * The articles as an RFC 4180 CSV (CRLF line ends, UTF-8 with a byte order mark): a header, then one row per
 * annotation, claim or source, each starting with its article's metadata.
 */
export function recordsToCsv(records: ArticleRecord[], rows: CsvRows = 'annotations'): string {
  const lines = [[...ARTICLE_COLUMNS, ...ROW_COLUMNS[rows]].map(csvField).join(',')]
  for (const record of records) {
    const article = articleCells(record.article)
    for (const row of rowsOf(record, rows)) lines.push([...article, ...row].map(csvField).join(','))
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n'
}
