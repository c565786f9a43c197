import { describe, expect, it, vi } from 'vitest'
import { extractHtml } from './html'

// Every jsdom window opened while reading pages: an open window keeps its whole document alive,
// which is how a batch import once ran out of memory. The HTML reader opens none: its DOM is a
// plain tree that nothing outside the reading of one page refers to.
const windows = vi.hoisted(() => ({ opened: 0 }))

vi.mock('jsdom', async (importOriginal) => {
  const jsdom = await importOriginal<typeof import('jsdom')>()
  class CountedJSDOM extends jsdom.JSDOM {
    constructor(...args: ConstructorParameters<typeof jsdom.JSDOM>) {
      super(...args)
      windows.opened++
    }
  }
  return { ...jsdom, JSDOM: CountedJSDOM }
})

// A page whose reading fails after it is parsed (a reader bug, say), marked by a word in it.
vi.mock('./htmlBlocks', async (importOriginal) => {
  const blocks = await importOriginal<typeof import('./htmlBlocks')>()
  return {
    ...blocks,
    htmlToDrafts: (root: Node) => {
      if (root.textContent?.includes('BREAKS')) throw new Error('the walker broke')
      return blocks.htmlToDrafts(root)
    },
  }
})

const page = (i: number, word = 'quietly') =>
  `<html><head><title>Page ${i}</title></head><body><article><h1>Page ${i}</h1><p>The council met ${word} on Tuesday to discuss item ${i}, and agreed to meet again.</p></article></body></html>`

describe('HTML reader windows', () => {
  it('opens no window for the pages it reads, and a page whose reading fails leaves the next one unharmed', () => {
    for (let i = 0; i < 20; i++) expect(extractHtml(page(i)).title).toBe(`Page ${i}`)
    expect(() => extractHtml(page(20, 'BREAKS'))).toThrow('the walker broke')
    const next = extractHtml(page(21))
    expect(next.title).toBe('Page 21')
    expect(next.text).toBe('The council met quietly on Tuesday to discuss item 21, and agreed to meet again.')
    expect(windows.opened).toBe(0)
  })
})
