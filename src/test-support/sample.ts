/** The sample article's hand-made expectations, for the tests and the evaluation scripts. */
export interface SampleExpectation {
  file: string
  article: { bodyStartsWith: string; bodyEndsWith: string; notBodyText: Record<string, string> }
  sources: { name: string; aliases?: string[]; kind: string; role?: string }[]
  quotes: { text: string; speaker: string }[]
  claims: { mustInclude: string[]; mustNotInclude: string[]; numbers: { text: string }[] }
}

/**
 * The sample's article text, as the importer extracts it. Throws when the extracted body does not
 * start and end as the expectations say: a wrong extraction must fail the checks built on it, not
 * be papered over.
 */
export type Extract = (fileName: string, bytes: Uint8Array) => { text?: string } | Promise<{ text?: string }>

export async function sampleText(expected: SampleExpectation, raw: string, extract: Extract): Promise<string> {
  const text = (await extract(expected.file, new TextEncoder().encode(raw))).text ?? ''
  const { bodyStartsWith, bodyEndsWith } = expected.article
  if (!text.startsWith(bodyStartsWith) || !text.endsWith(bodyEndsWith)) {
    throw new Error(
      `The importer's body of ${expected.file} does not match its expectations: it starts “${text.slice(0, 60)}” ` +
        `(expected “${bodyStartsWith.slice(0, 60)}”) and ends “${text.slice(-60)}” (expected “${bodyEndsWith.slice(-60)}”).`,
    )
  }
  return text
}
