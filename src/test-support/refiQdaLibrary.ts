/** A small coded library for the REFI-QDA tests: two articles (one with an emoji), codes, highlights, notes, a memo. */
import { codeAnnotation, createCode } from '../main/services/codebook'
import { setMemo } from '../main/services/store/articles'
import type { Db } from '../main/services/store/db'
import { addArticle, addNote } from './searchLibrary'

/** The first article's text: the rocket is outside the BMP, so UTF-16 and code point offsets differ after it. */
export const ROCKET_TEXT = 'Launch day 🚀 at Vostochny.\n\nKim met Putin, state media said.'

/** The first article's metadata: a dated time with its offset, and characters XML must escape. */
export const ROCKET_METADATA = {
  byline: 'Lee Min-jun & Anna Petrova',
  publisher: 'Yonhap <News>',
  published: '2023-09-13T10:05:00+09:00',
  url: 'https://en.yna.co.kr/view/AEN20230913?section=nk&lang=en',
  lang: 'ko',
}

export function seedCodedLibrary(db: Db): { articleIds: string[] } {
  const first = addArticle(db, { title: 'Kim and Putin meet', text: ROCKET_TEXT, ...ROCKET_METADATA })
  // No metadata at all: the project must carry its absence, not empty values.
  const second = addArticle(db, {
    title: 'Second story',
    text: 'Officials declined to comment on the talks.',
    lang: null,
  })
  const framing = createCode(db, { name: 'Framing', color: 'blue', description: 'How the story is framed' })
  const state = createCode(db, { name: 'State media', parentId: framing.id, color: 'pink' })
  const sources = createCode(db, { name: 'Sources', color: 'green' })
  createCode(db, { name: 'Unused', color: 'purple' })
  const start = ROCKET_TEXT.indexOf('Kim met')
  const kim = addNote(db, {
    id: 'n1',
    articleId: first,
    text: ROCKET_TEXT,
    start,
    end: start + 'Kim met Putin'.length,
    note: 'Check the date',
  })
  const media = ROCKET_TEXT.indexOf('state media')
  const said = addNote(db, {
    id: 'n2',
    articleId: first,
    text: ROCKET_TEXT,
    start: media,
    end: media + 11,
    note: '',
  })
  const other = 'Officials declined to comment on the talks.'
  const declined = addNote(db, {
    id: 'n3',
    articleId: second,
    text: other,
    start: 0,
    end: 18,
    note: 'No source named 😶',
  })
  codeAnnotation(db, kim.id, framing.id)
  codeAnnotation(db, kim.id, sources.id)
  codeAnnotation(db, said.id, state.id)
  codeAnnotation(db, declined.id, sources.id)
  setMemo(db, first, 'Compare with the Reuters account.')
  return { articleIds: [first, second] }
}
