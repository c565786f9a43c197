/** A small judged and coded library in a real store, for the CSV, ClaimReview and report export tests. */
import { putAnalysis } from '../main/services/store/analyses'
import { createCode, codeAnnotation } from '../main/services/codebook'
import { createLibrary, type Library } from '../main/services/library'
import type { Db } from '../main/services/store/db'
import { addEvidence, judgeClaim } from '../main/services/verdicts'
import { addArticle, addNote } from './searchLibrary'
import { ANALYSIS_VERSION } from '../main/services/analysis'
import { sha256Hex } from '../main/services/fileBytes'
import type { Analysis } from '../shared/model/analysis'

export const EXPORT_TEXT =
  'The council approved a budget of 4 million euros. ' +
  'The mayor said the ferry was “late, again”, costing 200 jobs. ' +
  'Officials expect growth next year.'

/** Where each sentence of EXPORT_TEXT starts and ends. */
export const SENTENCES = {
  budget: span('The council approved a budget of 4 million euros.'),
  ferry: span('The mayor said the ferry was “late, again”, costing 200 jobs.'),
  growth: span('Officials expect growth next year.'),
}

function span(sentence: string): { start: number; end: number } {
  const start = EXPORT_TEXT.indexOf(sentence)
  return { start, end: start + sentence.length }
}

export interface ExportLibrary {
  library: Library
  articleId: string
  otherId: string
}

const slice = ({ start, end }: { start: number; end: number }): string => EXPORT_TEXT.slice(start, end)
const at = (day: number): Date => new Date(`2026-02-0${day}T10:00:00.000Z`)

/**
 * Two articles. The first has two highlights (one coded "Framing/Economy", with a note holding a comma, quotes and
 * a line break, and a formula-looking tag), a ledger naming the mayor, and three verdicts: the budget sentence
 * judged false with a URL and a note as evidence, the ferry sentence unverifiable, the growth sentence still
 * unrated. The second article has nothing on it.
 */
export function seedExportLibrary(db: Db, title = 'Council budget'): ExportLibrary {
  const library = createLibrary(db, { clock: () => new Date('2026-03-01T00:00:00.000Z') })
  const articleId = addArticle(db, {
    title,
    text: EXPORT_TEXT,
    publisher: 'City Post',
    published: '2026-01-15',
  })
  const otherId = addArticle(db, { title: 'Quiet day', text: 'Nothing happened.' })
  db.prepare('UPDATE articles SET url = ? WHERE id = ?').run('https://news.example/budget', articleId)
  const first = addNote(db, {
    id: 'n1',
    articleId,
    text: EXPORT_TEXT,
    start: SENTENCES.budget.start,
    end: SENTENCES.budget.end,
    note: 'Check the total, "4 million"\nagainst the minutes',
    tags: ['=SUM(A1)', 'budget'],
  })
  addNote(db, {
    id: 'n2',
    articleId,
    text: EXPORT_TEXT,
    start: SENTENCES.ferry.start,
    end: SENTENCES.ferry.start + 9,
    note: '',
  })
  const framing = createCode(db, { name: 'Framing' })
  const economy = createCode(db, { name: 'Economy', parentId: framing.id })
  codeAnnotation(db, first.id, economy.id)
  const analysis: Analysis = {
    claims: [
      {
        id: 'c1',
        ...SENTENCES.budget,
        text: slice(SENTENCES.budget),
        score: 0.9,
        checkworthy: true,
        reasons: [],
        sourceId: null,
      },
      {
        id: 'c2',
        ...SENTENCES.ferry,
        text: slice(SENTENCES.ferry),
        score: 0.8,
        checkworthy: true,
        reasons: [],
        sourceId: 's1',
      },
    ],
    sources: [
      {
        id: 's1',
        name: 'The mayor',
        kind: 'person',
        role: 'Mayor',
        mentions: [{ start: SENTENCES.ferry.start, end: SENTENCES.ferry.start + 9 }],
      },
    ],
    quotes: [],
    attributions: [],
  }
  putAnalysis(
    db,
    articleId,
    { version: ANALYSIS_VERSION, textSha256: sha256Hex(EXPORT_TEXT), result: analysis },
    at(1),
  )
  const budget = judgeClaim(
    db,
    { articleId, ...SENTENCES.budget, annotationId: first.id },
    { status: 'checked', rating: 'false', conclusion: 'The budget is 3 million.' },
    'Ana',
    at(2),
  )
  addEvidence(
    db,
    budget.id,
    { kind: 'url', url: 'https://council.example/minutes', note: 'Minutes' },
    'Ana',
    at(3),
  )
  addEvidence(db, budget.id, { kind: 'note', note: 'Asked the treasurer' }, 'Ana', at(3))
  judgeClaim(
    db,
    { articleId, ...SENTENCES.ferry },
    { status: 'checked', rating: 'unverifiable' },
    'Ben',
    at(4),
  )
  judgeClaim(db, { articleId, ...SENTENCES.growth }, { status: 'checking' }, 'Ben', at(5))
  return { library, articleId, otherId }
}
