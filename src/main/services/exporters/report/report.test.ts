import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { addArticles, createCase } from '../../cases'
import type { Db } from '../../store/db'
import { EXPORT_TEXT, seedExportLibrary } from '../../../../test-support/exportLibrary'
import { getAnalysis, putAnalysis } from '../../store/analyses'
import { tempStore } from '../../../../test-support/tempStore'
import { EXPORT_WRITERS } from '../registry'
import { resolveExportScope } from '../scope'
import { addEvidence, judgeClaim } from '../../verdicts'
import { addNote } from '../../../../test-support/searchLibrary'

let db: Db
tempStore((opened) => (db = opened))

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>'

async function report(title = 'Council budget'): Promise<{ html: string; doc: Document; articleId: string }> {
  const { library, articleId } = seedExportLibrary(db, title)
  const out = await EXPORT_WRITERS.html!.write(
    library,
    resolveExportScope(db, { kind: 'articles', ids: [articleId] }),
  )
  const html = 'text' in out ? out.text : ''
  return { html, doc: new JSDOM(html).window.document, articleId }
}

const section = (doc: Document, id: string): string => doc.getElementById(id)?.textContent ?? ''

describe('the HTML report', () => {
  it('has provenance, counts, the judged claims with verdicts and evidence, the ledger and coded highlights', async () => {
    const { doc } = await report()
    expect(doc.querySelector('h1')?.textContent).toBe('Council budget')
    expect(section(doc, 'provenance')).toContain('City Post')
    expect(section(doc, 'provenance')).toContain('https://news.example/budget')
    const counts = [...doc.querySelectorAll('#summary .counts li')].map((li) => li.textContent)
    expect(counts).toEqual([
      '1article',
      '2highlights',
      '3claims judged',
      '2with a rating',
      '2checked',
      '1source',
    ])
    const claims = [...doc.querySelectorAll('#claims .claim')]
    expect(claims.map((c) => c.querySelector('.rating')?.textContent)).toEqual([
      'False',
      'Unverifiable',
      'Not rated',
    ])
    expect(claims[0].textContent).toContain('The budget is 3 million.')
    expect(claims[0].querySelector('.evidence a')?.getAttribute('href')).toBe(
      'https://council.example/minutes',
    )
    expect(claims[0].textContent).toContain('Asked the treasurer')
    expect([...doc.querySelectorAll('#sources tbody td')].map((td) => td.textContent)).toEqual([
      'The mayor',
      'person',
      'Mayor',
      '1',
      '0',
      '0',
    ])
    const groups = [...doc.querySelectorAll('#highlights h3')].map((h) => h.textContent)
    expect(groups).toEqual(['Framing/Economy (1 highlight)', 'Not coded (1 highlight)'])
    expect(section(doc, 'highlights')).toContain('Check the total, "4 million"')
  })

  it('says what each source said: its quotes, its reported speech, and quotes with no source named', async () => {
    const { library, articleId } = seedExportLibrary(db)
    const stored = getAnalysis(db, articleId)!
    const at = (words: string) => ({ start: EXPORT_TEXT.indexOf(words), end: EXPORT_TEXT.indexOf(words) + words.length })
    const attribution = (id: string, kind: 'direct' | 'indirect', words: string, sourceId: string | null) => ({
      id,
      kind,
      ...at(words),
      sourceId,
      speaker: null,
      cue: null,
    })
    putAnalysis(db, articleId, {
      ...stored,
      result: {
        ...stored.result,
        attributions: [
          attribution('a1', 'indirect', 'the ferry was “late, again”, costing 200 jobs', 's1'),
          attribution('a2', 'direct', 'late, again', 's1'),
          attribution('a3', 'direct', 'growth next year', null),
        ],
      },
    }, new Date('2026-03-01T00:00:00.000Z'))
    const out = await EXPORT_WRITERS.html!.write(library, resolveExportScope(db, { kind: 'articles', ids: [articleId] }))
    const doc = new JSDOM('text' in out ? out.text : '').window.document
    expect([...doc.querySelectorAll('#sources tbody td')].slice(4).map((td) => td.textContent)).toEqual(['1', '1'])
    expect([...doc.querySelectorAll('#sources h4')].map((h) => h.textContent)).toEqual(['The mayor Mayor', 'No source named'])
    const said = [...doc.querySelectorAll('#sources .said')].map((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent))
    expect(said).toEqual([
      ['the ferry was “late, again”, costing 200 jobs (reported)', '“late, again”'],
      ['“growth next year”'],
    ])
  })

  it('lists the quotes of no source named in an article where the analysis named no source', async () => {
    const { library, articleId } = seedExportLibrary(db)
    const stored = getAnalysis(db, articleId)!
    const start = EXPORT_TEXT.indexOf('late, again')
    const quote = { id: 'a1', kind: 'direct' as const, start, end: start + 11, sourceId: null, speaker: null, cue: null }
    putAnalysis(
      db,
      articleId,
      { ...stored, result: { ...stored.result, sources: [], attributions: [quote] } },
      new Date('2026-03-01T00:00:00.000Z'),
    )
    const out = await EXPORT_WRITERS.html!.write(library, resolveExportScope(db, { kind: 'articles', ids: [articleId] }))
    const doc = new JSDOM('text' in out ? out.text : '').window.document
    expect(section(doc, 'sources')).toContain('No sources found.')
    expect([...doc.querySelectorAll('#sources .said li')].map((li) => li.textContent)).toEqual(['“late, again”'])
  })

  it('is one self-contained file: no script, nothing loaded, links only to evidence on the web', async () => {
    const { html, doc } = await report()
    expect(doc.querySelectorAll('script, link, iframe, img, object, embed')).toHaveLength(0)
    expect(doc.querySelectorAll('style')).toHaveLength(1)
    for (const el of doc.querySelectorAll('[src]')) expect(el.getAttribute('src')).not.toMatch(/^https?:/i)
    const hrefs = [...doc.querySelectorAll('[href]')]
    expect(hrefs.map((el) => [el.tagName, el.closest('.evidence') !== null])).toEqual([['A', true]])
    expect(html).not.toMatch(/url\(|@import/i)
  })

  it('escapes every text: a hostile title, note, conclusion and evidence stay text', async () => {
    const { library, articleId } = seedExportLibrary(db, HOSTILE)
    const text = db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string }
    addNote(db, { id: 'h', articleId, text: text.text, start: 0, end: 3, note: HOSTILE, tags: [HOSTILE] })
    const verdict = judgeClaim(
      db,
      { articleId, start: 4, end: 11 },
      { status: 'checked', rating: 'mixed', conclusion: HOSTILE },
      HOSTILE,
    )
    const sly = 'https://evil.example/"onmouseover="alert(3)'
    addEvidence(db, verdict.id, { kind: 'url', url: sly, note: HOSTILE }, 'Ana')
    const cased = createCase(db, HOSTILE)
    addArticles(db, cased.id, [articleId])
    const out = await EXPORT_WRITERS.html!.write(
      library,
      resolveExportScope(db, { kind: 'case', caseId: cased.id }),
    )
    const html = 'text' in out ? out.text : ''
    const doc = new JSDOM(html).window.document
    expect(doc.querySelectorAll('script, img')).toHaveLength(0)
    expect(doc.querySelectorAll('[onerror]')).toHaveLength(0)
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE)
    expect(doc.title).toBe(`${HOSTILE} — Dossier report`)
    expect(doc.querySelectorAll('[onmouseover]')).toHaveLength(0)
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')).sort()).toEqual([
      'https://council.example/minutes',
      // The verdict service stores the address normalised.
      'https://evil.example/%22onmouseover=%22alert(3)',
    ])
    expect(html.split(HOSTILE)).toHaveLength(1)
  })

  it('says what is missing in an article with nothing on it', async () => {
    const { library, otherId } = seedExportLibrary(db)
    const out = await EXPORT_WRITERS.html!.write(
      library,
      resolveExportScope(db, { kind: 'articles', ids: [otherId] }),
    )
    const doc = new JSDOM('text' in out ? out.text : '').window.document
    expect(section(doc, 'claims')).toContain('No claims judged yet.')
    expect(section(doc, 'highlights')).toContain('No highlights yet.')
    expect(doc.querySelector('header .meta')?.textContent).toBe(
      'Article report · generated 2026-03-01 00:00 UTC',
    )
  })
})
