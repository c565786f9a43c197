/** Assertions about extracted articles, shared by the importer tests. */
import { expect } from 'vitest'
import type { ExtractedArticle } from '../shared/model/article'

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** The invariants every extracted article keeps, whatever its format. */
export function expectWellFormed(article: ExtractedArticle): void {
  const { text, blocks } = article
  expect(text).toBe(text.normalize('NFC'))
  expect(text).not.toMatch(/\n\n\n/)
  expect(text).not.toMatch(/\r/)
  expect(text).toBe(text.trim())
  expect(blocks.length).toBeGreaterThan(0)
  let cursor = 0
  blocks.forEach((block, i) => {
    const own = text.slice(block.start, block.end)
    expect(own.trim()).not.toBe('')
    expect(own).not.toContain('\n')
    expect(block.start).toBe(i === 0 ? 0 : cursor + 2)
    if (i > 0) expect(text.slice(cursor, block.start)).toBe('\n\n')
    cursor = block.end
  })
  expect(cursor).toBe(text.length)
}
