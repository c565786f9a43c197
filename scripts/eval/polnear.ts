/**
 * PolNeAR dev (../shared/data/attribution-dev): brat standoff files with Source, Cue and Content
 * spans and the events that link them. A span may have several fragments ("315 448;463 553").
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Span } from '../../src/shared/model/analysis'

export const POLNEAR_DEV = '../shared/data/attribution-dev'

/** One annotated attribution: its content, cue and source fragments (source empty when it has none). */
export interface GoldAttribution {
  content: Span[]
  contentText: string
  cue: Span[]
  source: Span[]
}

export function readAttributions(path: string): GoldAttribution[] {
  const spans = new Map<string, { frags: Span[]; text: string }>()
  const events: string[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t')
    if (cols[0]?.startsWith('T')) {
      const [, ...rest] = cols[1].split(' ')
      const frags = rest
        .join(' ')
        .split(';')
        .map((f) => f.trim().split(' ').map(Number))
        .map(([start, end]) => ({ start, end }))
      spans.set(cols[0], { frags, text: cols[2] ?? '' })
    } else if (cols[0]?.startsWith('E')) events.push(cols[1])
  }
  const out: GoldAttribution[] = []
  for (const e of events) {
    const parts = Object.fromEntries(e.split(' ').map((p) => p.split(':') as [string, string]))
    const content = spans.get(parts.Content)
    if (!content) continue
    out.push({
      content: content.frags,
      contentText: content.text,
      cue: spans.get(parts.Cue)?.frags ?? [],
      source: spans.get(parts.Source)?.frags ?? [],
    })
  }
  return out
}

/**
 * Every annotation file with its article text. Some articles were annotated by two people: each
 * annotation file counts as its own document (the prediction is the same for both).
 */
export function polnearDocuments(): { name: string; text: string; gold: GoldAttribution[] }[] {
  return readdirSync(join(POLNEAR_DEV, 'attributions'))
    .sort()
    .map((ann) => {
      const name = ann.replace(/_[0-9a-f]+\.ann$/, '')
      return {
        name,
        text: readFileSync(join(POLNEAR_DEV, 'text', name + '.txt'), 'utf8'),
        gold: readAttributions(join(POLNEAR_DEV, 'attributions', ann)),
      }
    })
}
