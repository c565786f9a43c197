import { describe, expect, it, vi } from 'vitest'
import { extractHtml } from './html'

// Every jsdom window the HTML reader opens, and whether it was closed: an open window keeps its
// whole document alive, which is how a batch import ran out of memory.
const windows = vi.hoisted(() => ({ opened: 0, closed: 0 }))

vi.mock('jsdom', async (importOriginal) => {
  const jsdom = await importOriginal<typeof import('jsdom')>()
  class CountedJSDOM extends jsdom.JSDOM {
    constructor(...args: ConstructorParameters<typeof jsdom.JSDOM>) {
      super(...args)
      windows.opened++
      const close = this.window.close.bind(this.window)
      this.window.close = () => {
        windows.closed++
        close()
      }
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
  it('closes the window of every page it reads, including a page whose reading fails', () => {
    for (let i = 0; i < 20; i++) expect(extractHtml(page(i)).title).toBe(`Page ${i}`)
    expect(() => extractHtml(page(20, 'BREAKS'))).toThrow('the walker broke')
    // One window per page, plus the sanitiser's, which lives as long as the process and never holds a page.
    expect(windows.opened).toBe(22)
    expect(windows.closed).toBe(21)
  })
})
