import { expect, type Locator, type Page } from '@playwright/test'

/** The library pane: import, filter, choose an article. */
export class LibraryPane {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Library' })
  }
  importButton(): Locator {
    return this.root.getByRole('button', { name: 'Import…' }).first()
  }
  importFolderButton(): Locator {
    return this.page.getByRole('button', { name: 'Import folder…' }).first()
  }
  openSampleButton(): Locator {
    return this.page.getByRole('button', { name: 'Open the sample article' })
  }
  filter(): Locator {
    return this.root.getByRole('textbox', { name: 'Filter articles' })
  }
  article(title: string): Locator {
    return this.root.getByRole('button', { name: new RegExp(escapeRegExp(title)) })
  }
  /** Every article entry of the list. */
  entries(): Locator {
    return this.root.locator('[data-article-id]')
  }
}

/** The reader: the open article's text and its highlights. */
export class ReaderPane {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Reader' })
  }
  title(): Locator {
    return this.root.getByRole('heading', { level: 1 })
  }
  highlights(): Locator {
    return this.root.locator('mark[data-annotation-id]')
  }
  /** Selects `text` in the article by dragging the mouse across it, as a person does. */
  async select(text: string): Promise<void> {
    const box = await this.root.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      let all = ''
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text)
        all += (n as Text).data
      }
      const at = all.indexOf(wanted)
      if (at < 0) return null
      const locate = (offset: number, preferEnd: boolean) => {
        let seen = 0
        for (const node of nodes) {
          const len = node.data.length
          if (offset < seen + len || (preferEnd && offset === seen + len)) return { node, offset: offset - seen }
          seen += len
        }
        return null
      }
      const start = locate(at, false)!
      const end = locate(at + wanted.length, true)!
      start.node.parentElement?.scrollIntoView({ block: 'center' })
      const first = document.createRange()
      first.setStart(start.node, start.offset)
      first.setEnd(start.node, start.offset + 1)
      const last = document.createRange()
      last.setStart(end.node, end.offset - 1)
      last.setEnd(end.node, end.offset)
      const a = first.getClientRects()[0]
      const b = last.getClientRects()[0]
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
    }, text)
    if (!box) throw new Error(`“${text}” is not in the reader`)
    await this.page.mouse.move(box.x1, box.y1)
    await this.page.mouse.down()
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 })
    await this.page.mouse.up()
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(text)
  }
  selectionToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selection' })
  }
}

/** The notes pane: memo, annotations, export. */
export class NotesPane {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Notes' })
  }
  annotations(): Locator {
    return this.root.getByRole('list', { name: 'Annotations' }).getByRole('listitem')
  }
  noteFields(): Locator {
    return this.root.getByRole('textbox', { name: 'Note' })
  }
  memo(): Locator {
    return this.root.getByRole('textbox', { name: 'Memo' })
  }
  exportButton(format: 'Markdown' | 'JSON'): Locator {
    return this.root.getByRole('button', { name: `Export ${format}` })
  }
}

/** The whole window, as the specs use it. */
export class DossierWindow {
  readonly library: LibraryPane
  readonly reader: ReaderPane
  readonly notes: NotesPane
  constructor(readonly page: Page) {
    this.library = new LibraryPane(page)
    this.reader = new ReaderPane(page)
    this.notes = new NotesPane(page)
  }
  status(): Locator {
    return this.page.getByRole('status')
  }
  alert(): Locator {
    return this.page.getByRole('alert')
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
