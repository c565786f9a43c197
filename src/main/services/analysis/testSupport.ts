/** Test and evaluation helpers: the shared dev data beside the repository (never copied into it). */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const SHARED = resolve(__dirname, '../../../../../shared')
export const hasShared = existsSync(join(SHARED, 'data'))
export const readShared = (...parts: string[]): string => readFileSync(join(SHARED, ...parts), 'utf8')

export interface SampleExpectation {
  file: string
  article: { bodyStartsWith: string; bodyEndsWith: string; notBodyText: Record<string, string> }
  sources: { name: string; aliases?: string[]; kind: string; role?: string }[]
  quotes: { text: string; speaker: string }[]
  claims: { mustInclude: string[]; mustNotInclude: string[]; numbers: { text: string }[] }
}

/**
 * The sample's article text. Uses the importer when it gives a body that starts and ends as
 * expected; otherwise cuts the body out of the raw file the way the expectations describe it.
 */
export type Extract = (fileName: string, bytes: Uint8Array) => { text?: string } | Promise<{ text?: string }>

export async function sampleText(
  expected: SampleExpectation,
  raw: string,
  extract?: Extract,
): Promise<string> {
  try {
    const text = (await extract?.(expected.file, new TextEncoder().encode(raw)))?.text
    if (
      text &&
      text.startsWith(expected.article.bodyStartsWith) &&
      text.endsWith(expected.article.bodyEndsWith)
    )
      return text
  } catch {
    // fall through to the cut below
  }
  const from = raw.indexOf(expected.article.bodyStartsWith)
  const to = raw.indexOf(expected.article.bodyEndsWith, from) + expected.article.bodyEndsWith.length
  const junk = new Set(Object.values(expected.article.notBodyText))
  return raw
    .slice(from, to)
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !junk.has(l))
    .join('\n\n')
}
