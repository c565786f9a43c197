import { readFileSync } from 'node:fs'
import { extractArticle } from '../../src/main/services/importers'
import { analyzeText } from '../../src/main/services/analysis'
import { sampleText, type SampleExpectation } from '../../src/test-support/sample'

const expected = JSON.parse(
  readFileSync('../shared/data/samples/kim-putin-vostochny-scraped.expected.json', 'utf8'),
) as SampleExpectation
void main()
async function main(): Promise<void> {
  const text = await sampleText(
    expected,
    readFileSync('../shared/data/samples/' + expected.file, 'utf8'),
    extractArticle,
  )
  const a = analyzeText(text)
  const name = new Map(a.sources.map((s) => [s.id, s.name]))
  for (const s of a.sources)
    console.log(
      s.id,
      s.kind,
      JSON.stringify(s.name),
      'role=',
      s.role,
      s.mentions.map((m) => text.slice(m.start, m.end)).join(' | '),
    )
  for (const q of a.quotes)
    console.log(
      q.id,
      JSON.stringify(q.text.slice(0, 60)),
      '->',
      q.sourceId && name.get(q.sourceId),
      q.speaker && JSON.stringify(text.slice(q.speaker.start, q.speaker.end)),
      q.cue && text.slice(q.cue.start, q.cue.end),
    )
  if (process.argv.includes('--claims'))
    for (const c of a.claims)
      console.log(c.checkworthy ? 'Y' : 'n', c.score, c.reasons.join(','), '|', c.text.slice(0, 90))
}
